using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace CareerNavigator.Web.Accounts;

/// <summary>
/// One fixed user (or nobody, when <paramref name="userId"/> is null), for work that runs outside a circuit:
/// the generation benchmark, and services exercised directly by the tests.
/// </summary>
public sealed class FixedAuthenticationState(int? userId, params string[] roles) : AuthenticationStateProvider
{
    private readonly Task<AuthenticationState> _state = Task.FromResult(new AuthenticationState(userId is { } id
        ? new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, id.ToString()), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "fixed"))
        : new ClaimsPrincipal(new ClaimsIdentity())));

    public override Task<AuthenticationState> GetAuthenticationStateAsync() => _state;
}
