using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Database;

namespace CareerNavigator.Web.Components.Account;

// Revalidates the security stamp of the connected user every minute while an interactive circuit is open,
// so disabled accounts and password changes end open circuits within 60 seconds.
internal sealed class IdentityRevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory,
        ILogger<IdentityRevalidatingAuthenticationStateProvider> logger,
        IServiceScopeFactory scopeFactory,
        IOptions<IdentityOptions> options,
        IOptions<SecurityStampValidatorOptions> stampOptions)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    // The same interval as the sign-in cookie's check (AccountsSetup), so both end a session equally fast.
    protected override TimeSpan RevalidationInterval => stampOptions.Value.ValidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        try
        {
            // Get the user manager from a new scope to ensure it fetches fresh data
            await using var scope = scopeFactory.CreateAsyncScope();
            var userManager = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            return await ValidateSecurityStampAsync(userManager, authenticationState.User);
        }
        catch (Exception e) when (DatabaseFaults.IsTransient(e))
        {
            // The base class signs the circuit out on any exception, which would throw away what the user is
            // typing whenever a check meets a database restart. The session is checked again next interval.
            logger.LogWarning(e, "The session check could not reach the database; it is repeated in {Interval}.", RevalidationInterval);
            return true;
        }
    }

    private async Task<bool> ValidateSecurityStampAsync(UserManager<User> userManager, ClaimsPrincipal principal)
    {
        var user = await userManager.GetUserAsync(principal);
        if (user is null)
        {
            return false;
        }
        else if (!userManager.SupportsUserSecurityStamp)
        {
            return true;
        }
        else
        {
            var principalStamp = principal.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
            var userStamp = await userManager.GetSecurityStampAsync(user);
            return principalStamp == userStamp;
        }
    }
}
