using System.Security.Claims;
using CareerNavigator.Web.Accounts;
using Microsoft.AspNetCore.Components.Authorization;

namespace CareerNavigator.Tests.Infrastructure;

/// <summary>The app's real <see cref="CurrentUser"/>, for a user the test chooses, without a browser.</summary>
public static class TestCurrentUser
{
    public static CurrentUser For(int userId, params string[] roles) => new(new FixedState(userId, roles));

    private sealed class FixedState(int userId, string[] roles) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync()
        {
            var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, userId.ToString()) };
            claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
            return Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity(claims, "test"))));
        }
    }
}
