using CareerNavigator.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Infrastructure;

/// <summary>A user the test chooses (or nobody), and the app's real authorization rules, without a browser.</summary>
public static class TestCurrentUser
{
    public static ICurrentUser For(int userId, params string[] roles) => new FixedCurrentUser(userId, roles);

    public static ICurrentUser Nobody() => new FixedCurrentUser(null);

    /// <summary>The authorization service with the app's resource handlers, as services that check ownership take it.</summary>
    public static IAuthorizationService Authorization { get; } = new ServiceCollection()
        .AddLogging()
        .AddAuthorizationCore()
        .AddSingleton<IAuthorizationHandler, OwnerHandler>()
        .BuildServiceProvider()
        .GetRequiredService<IAuthorizationService>();
}
