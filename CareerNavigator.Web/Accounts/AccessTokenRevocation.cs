using CareerNavigator.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Accounts;

/// <summary>
/// Ends every API token of an account at once. A token is a credential of its own that outlives sessions, so
/// whatever ends an account's sessions for safety (an admin disabling it, "Sign out everywhere", a password
/// reset) ends its tokens too.
/// </summary>
public static class AccessTokenRevocation
{
    /// <summary>Revokes the account's live tokens in one statement (inside the caller's transaction, if any); returns how many.</summary>
    public static Task<int> RevokeAllAsync(CareerNavigatorDbContext db, int userId, DateTime nowUtc, CancellationToken cancellationToken = default) =>
        db.PersonalAccessTokens
            .Where(t => t.UserId == userId)
            .Where(AccessTokenLifetime.LiveAt(nowUtc))
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, nowUtc).SetProperty(t => t.UpdatedAt, nowUtc), cancellationToken);

    public static async Task<int> RevokeAllAsync(
        IDbContextFactory<CareerNavigatorDbContext> contextFactory, int userId, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await RevokeAllAsync(db, userId, nowUtc, cancellationToken);
    }
}
