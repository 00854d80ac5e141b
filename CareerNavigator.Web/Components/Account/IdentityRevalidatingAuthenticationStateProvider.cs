using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using CareerNavigator.Data;
using Microsoft.EntityFrameworkCore;
using CareerNavigator.Web.Database;

namespace CareerNavigator.Web.Components.Account;

// Revalidates the security stamp of the connected user every minute while an interactive circuit is open,
// so disabled accounts and password changes end open circuits within 60 seconds.
internal sealed class IdentityRevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory,
        ILogger<IdentityRevalidatingAuthenticationStateProvider> logger,
        IDbContextFactory<CareerNavigatorDbContext> contextFactory,
        IOptions<IdentityOptions> options,
        IOptions<SecurityStampValidatorOptions> stampOptions)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    // Every open tab runs this once a minute: compiled, so thousands of tabs skip EF's LINQ pipeline.
    private static readonly PerModel<Func<CareerNavigatorDbContext, int, CancellationToken, Task<string?>>> StoredStamp = new(() =>
        EF.CompileAsyncQuery((CareerNavigatorDbContext db, int userId, CancellationToken _) =>
            db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp ?? "").SingleOrDefault()));

    // The same interval as the sign-in cookie's check (AccountsSetup), so both end a session equally fast.
    protected override TimeSpan RevalidationInterval => stampOptions.Value.ValidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        try
        {
            return await StampStillValidAsync(authenticationState.User, cancellationToken);
        }
        catch (Exception e) when (DatabaseRetryPolicy.IsTransient(e))
        {
            // The base class signs the circuit out on any exception, which would throw away what the user is
            // typing whenever a check meets a database restart. The session is checked again next interval.
            logger.LogWarning(e, "The session check could not reach the database; it is repeated in {Interval}.", RevalidationInterval);
            return true;
        }
    }

    /// <summary>
    /// What Identity's <c>UserManager</c> check decides (the user still exists and still has the stamp the session was
    /// issued with), as one compiled query on a pooled context. Every open tab runs it every minute, so at thousands of
    /// tabs the template's version (a DI scope, a new context and a <c>FindAsync</c> that compiles an expression each
    /// time) cost more than the people using the tabs.
    /// </summary>
    private async Task<bool> StampStillValidAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (!int.TryParse(principal.FindFirstValue(options.Value.ClaimsIdentity.UserIdClaimType), out var userId))
        {
            return false;
        }
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // A missing user reads as null; a user without a stamp as "" (Identity always sets one).
        var stored = await StoredStamp.For(db)(db, userId, cancellationToken);
        return stored is not null && stored == (principal.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType) ?? "");
    }
}
