using System.Security.Claims;

namespace CareerNavigator.Web.Accounts;

/// <summary>
/// One fixed user (or nobody, when <paramref name="userId"/> is null), for work that runs outside any request or
/// circuit: the generation benchmark, and services exercised directly by the tests.
/// </summary>
public sealed class FixedCurrentUser(int? userId, params string[] roles) : ICurrentUser
{
    private readonly Task<ClaimsPrincipal> _principal = Task.FromResult(userId is { } id
        ? new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, id.ToString()), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "fixed"))
        : new ClaimsPrincipal(new ClaimsIdentity()));

    public Task<ClaimsPrincipal> GetPrincipalAsync() => _principal;
}
