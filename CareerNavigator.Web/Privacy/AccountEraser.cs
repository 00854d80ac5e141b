using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Privacy;

/// <summary>
/// "Delete my account" (GDPR article 17), in one transaction: every row of the user goes (the database cascades from
/// <c>users</c>), the admin audit log keeps its entries but with the user's email replaced by a pseudonym, and one
/// pseudonymous entry records that the owner erased the account.
/// </summary>
public sealed class AccountEraser(IDbContextFactory<CareerNavigatorDbContext> contexts, TimeProvider clock)
{
    /// <summary>The caller has checked who is asking (the signed-in owner, after re-entering the password).</summary>
    public async Task EraseAsync(int userId, CancellationToken cancellationToken = default)
    {
        var pseudonym = AuditPseudonyms.For(userId);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.AdminAuditLog.Where(e => e.TargetUserId == userId && e.TargetEmail != null)
                .ExecuteUpdateAsync(set => set.SetProperty(e => e.TargetEmail, pseudonym), cancellationToken);
            await db.AdminAuditLog.Where(e => e.ActorUserId == userId)
                .ExecuteUpdateAsync(set => set.SetProperty(e => e.ActorEmail, pseudonym), cancellationToken);
            db.AdminAuditLog.Add(new AdminAuditEntry
            {
                ActorUserId = userId,
                ActorEmail = pseudonym,
                TargetUserId = userId,
                TargetEmail = pseudonym,
                Action = AdminAction.ErasedOwnAccount,
                OccurredAt = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(cancellationToken);
            await db.DeleteUserAsync(userId, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }
}
