using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace CareerNavigator.Tests.Import;

/// <summary>An authentication state for services tested without a component: the given user, or nobody.</summary>
internal sealed class SignedInUser(int? userId) : AuthenticationStateProvider
{
    public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
        Task.FromResult(new AuthenticationState(userId is { } id
            ? new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id.ToString())], "test"))
            : new ClaimsPrincipal(new ClaimsIdentity())));
}
