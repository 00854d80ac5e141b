using CareerNavigator.Web.Accounts;

namespace CareerNavigator.Tests.Infrastructure;

/// <summary>The app's real <see cref="CurrentUser"/>, for a user the test chooses (or nobody), without a browser.</summary>
public static class TestCurrentUser
{
    public static CurrentUser For(int userId, params string[] roles) => new(new FixedAuthenticationState(userId, roles));

    public static CurrentUser Nobody() => new(new FixedAuthenticationState(null));
}
