using Microsoft.AspNetCore.Components.Authorization;

namespace CareerNavigator.Web.Api;

/// <summary>
/// The shared services learn who is signed in from the Blazor <see cref="AuthenticationStateProvider"/> (via
/// CurrentUser); an API request has no circuit, so hand it the token's principal for this request's scope.
/// </summary>
public sealed class ApiCurrentUserFilter(AuthenticationStateProvider authenticationStateProvider) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (authenticationStateProvider is not IHostEnvironmentAuthenticationStateProvider host)
        {
            throw new InvalidOperationException("The authentication state provider cannot take the request's user.");
        }

        host.SetAuthenticationState(Task.FromResult(new AuthenticationState(context.HttpContext.User)));
        return next(context);
    }
}
