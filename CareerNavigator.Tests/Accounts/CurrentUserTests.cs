using System.Security.Claims;
using CareerNavigator.Web.Accounts;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Accounts;

/// <summary>
/// The app's one <see cref="CurrentUser"/>, registered as the app registers it: an HTTP request's own scope answers the
/// request's user, a circuit's scope its authentication state, even while the connection's HttpContext is visible.
/// </summary>
public sealed class CurrentUserTests
{
    [Fact]
    public async Task A_request_scope_answers_the_requests_user()
    {
        using var services = Services();
        await using var request = services.CreateAsyncScope();

        Assert.Equal(7, await AsRequestAsync(request, 7));
    }

    [Fact]
    public async Task A_circuit_scope_answers_its_authentication_state_not_the_connections_stale_user()
    {
        using var services = Services();
        await using var connection = services.CreateAsyncScope();
        await using var circuit = services.CreateAsyncScope();
        Enter(connection, userId: 1);
        SignInCircuit(circuit, userId: 2);

        Assert.Equal(2, await circuit.ServiceProvider.GetRequiredService<ICurrentUser>().GetIdAsync());
    }

    [Fact]
    public async Task Requests_and_circuits_of_different_users_at_once_each_see_only_their_own_user()
    {
        using var services = Services();
        var work = Enumerable.Range(1, 200).Select(userId => Task.Run(async () =>
        {
            await using var scope = services.CreateAsyncScope();
            if (userId % 2 == 0)
            {
                return (userId, Seen: await AsRequestAsync(scope, userId));
            }
            await using var connection = services.CreateAsyncScope();
            Enter(connection, userId: -userId);
            SignInCircuit(scope, userId);
            await Task.Yield();
            return (userId, Seen: await scope.ServiceProvider.GetRequiredService<ICurrentUser>().GetIdAsync());
        }));

        foreach (var (userId, seen) in await Task.WhenAll(work))
        {
            Assert.Equal(userId, seen);
        }
    }

    [Fact]
    public async Task Nobody_signed_in_is_refused()
    {
        using var services = Services();
        await using var circuit = services.CreateAsyncScope();

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => circuit.ServiceProvider.GetRequiredService<ICurrentUser>().GetIdAsync());
    }

    private static ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddHttpContextAccessor();
        services.AddScoped<AuthenticationStateProvider, CircuitAuthenticationState>();
        services.AddScoped<ICurrentUser, CurrentUser>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>What the hosting layer does for each request: its HttpContext, with the request's scope and user, flows with the call.</summary>
    private static async Task<int> AsRequestAsync(IServiceScope scope, int userId)
    {
        Enter(scope, userId);
        await Task.Yield();
        return await scope.ServiceProvider.GetRequiredService<ICurrentUser>().GetIdAsync();
    }

    private static void Enter(IServiceScope scope, int userId) =>
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext =
            new DefaultHttpContext { RequestServices = scope.ServiceProvider, User = Principal(userId) };

    private static void SignInCircuit(IServiceScope scope, int userId) =>
        ((CircuitAuthenticationState)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(Principal(userId))));

    private static ClaimsPrincipal Principal(int userId) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId.ToString())], "test"));

    private sealed class CircuitAuthenticationState : AuthenticationStateProvider, IHostEnvironmentAuthenticationStateProvider
    {
        private Task<AuthenticationState> _state = Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity())));

        public override Task<AuthenticationState> GetAuthenticationStateAsync() => _state;

        public void SetAuthenticationState(Task<AuthenticationState> authenticationStateTask) => _state = authenticationStateTask;
    }
}
