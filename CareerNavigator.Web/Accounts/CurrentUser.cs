using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace CareerNavigator.Web.Accounts;

/// <summary>
/// The one <see cref="ICurrentUser"/> of the app. In an HTTP request's own DI scope it answers the request's user,
/// authenticated by cookie or token; in any other scope (an interactive circuit, a bUnit test) it answers the
/// <see cref="AuthenticationStateProvider"/>, which re-checks the security stamp of a long-lived circuit.
/// The scope test matters because a circuit can still see the HttpContext of the connection that opened it, whose
/// user is never updated (https://learn.microsoft.com/aspnet/core/blazor/components/httpcontext).
/// </summary>
public sealed class CurrentUser(
    IServiceProvider scope, IHttpContextAccessor httpContextAccessor, AuthenticationStateProvider authenticationStateProvider)
    : ICurrentUser
{
    public async Task<ClaimsPrincipal> GetPrincipalAsync() =>
        httpContextAccessor.HttpContext is { } request && ReferenceEquals(request.RequestServices, scope)
            ? request.User
            : (await authenticationStateProvider.GetAuthenticationStateAsync()).User;
}
