using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace CareerNavigator.Web.Generation;

/// <summary>Signs in one fixed user id, for work that runs outside a circuit (the generation benchmark).</summary>
internal sealed class FixedUserAuthenticationState(int userId) : AuthenticationStateProvider
{
    private readonly Task<AuthenticationState> _state = Task.FromResult(new AuthenticationState(
        new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId.ToString())], "fixed"))));

    public override Task<AuthenticationState> GetAuthenticationStateAsync() => _state;
}
