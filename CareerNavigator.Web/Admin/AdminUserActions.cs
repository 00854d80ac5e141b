using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Email;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Admin;

/// <summary>A refused admin action, in words the admin understands.</summary>
public sealed class AdminActionRefusedException(string message) : Exception(message);

/// <summary>
/// What an admin may do to an account. Each action and its audit entry are saved in one transaction. Disabling
/// and role changes renew the security stamp, so the account's open sessions (cookies and circuits re-check it
/// every minute) end within a minute; disabling also revokes the account's API tokens at once.
/// </summary>
public sealed class AdminUserActions(
    IDbContextFactory<CareerNavigatorDbContext> contextFactory, AdminGuard guard, AccountMail accountMail, TimeProvider timeProvider)
{
    public async Task DisableAsync(int userId, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        Refuse(actor.UserId == userId, "You can't disable your own account.");
        await InTransactionAsync(async db =>
        {
            var user = await FindAsync(db, userId, cancellationToken);
            user.LockoutEnabled = true;
            user.LockoutEnd = AccountLock.DisabledUntil;
            Renew(user);
            var revoked = await AccessTokenRevocation.RevokeAllAsync(db, userId, timeProvider.GetUtcNow().UtcDateTime, cancellationToken);
            AuditTrail.Add(db, actor, AdminAction.Disable, userId, user.Email, revoked > 0 ? $"API tokens revoked: {revoked}" : null);
        }, cancellationToken);
    }

    public async Task EnableAsync(int userId, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        await InTransactionAsync(async db =>
        {
            var user = await FindAsync(db, userId, cancellationToken);
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            Renew(user);
            AuditTrail.Add(db, actor, AdminAction.Enable, userId, user.Email);
        }, cancellationToken);
    }

    public async Task GrantAdminAsync(int userId, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        await InTransactionAsync(async db =>
        {
            var user = await FindAsync(db, userId, cancellationToken);
            var roleId = await AdminRoleIdAsync(db, cancellationToken);
            Refuse(await db.UserRoles.AnyAsync(r => r.UserId == userId && r.RoleId == roleId, cancellationToken), $"{user.Email} is already an admin.");
            db.UserRoles.Add(new() { UserId = userId, RoleId = roleId });
            Renew(user);
            AuditTrail.Add(db, actor, AdminAction.GrantAdmin, userId, user.Email);
        }, cancellationToken);
        await accountMail.AdminGrantedAsync(userId);
    }

    public async Task RevokeAdminAsync(int userId, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        await InTransactionAsync(async db =>
        {
            Refuse(actor.UserId == userId, "You can't remove your own Admin role; ask another admin.");
            var user = await FindAsync(db, userId, cancellationToken);
            var roleId = await AdminRoleIdAsync(db, cancellationToken);
            var membership = await db.UserRoles.SingleOrDefaultAsync(r => r.UserId == userId && r.RoleId == roleId, cancellationToken);
            Refuse(membership is null, $"{user.Email} is not an admin.");
            Refuse(await db.UserRoles.CountAsync(r => r.RoleId == roleId, cancellationToken) <= 1, "This is the last admin; grant the role to someone else first.");
            db.UserRoles.Remove(membership!);
            Renew(user);
            AuditTrail.Add(db, actor, AdminAction.RevokeAdmin, userId, user.Email);
        }, cancellationToken);
    }

    /// <summary>Deletes the account and, through the database's cascades, every row that belongs to it. The audit log keeps its entries.</summary>
    public async Task DeleteAsync(int userId, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        Refuse(actor.UserId == userId, "You can't delete your own account here.");
        await InTransactionAsync(async db =>
        {
            var user = await FindAsync(db, userId, cancellationToken);
            var counts = await AdminUserRows.CountAsync(db, userId, cancellationToken);
            await db.DeleteUserAsync(userId, cancellationToken);
            AuditTrail.Add(db, actor, AdminAction.DeleteUser, userId, user.Email, counts.Describe());
        }, cancellationToken);
    }

    private async Task InTransactionAsync(Func<CareerNavigatorDbContext, Task> work, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await work(db);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }

    private static async Task<User> FindAsync(CareerNavigatorDbContext db, int userId, CancellationToken cancellationToken) =>
        await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken)
        ?? throw new AdminActionRefusedException("That account no longer exists.");

    private static async Task<int> AdminRoleIdAsync(CareerNavigatorDbContext db, CancellationToken cancellationToken) =>
        await db.Roles.Where(r => r.NormalizedName == Roles.Admin.ToUpperInvariant()).Select(r => (int?)r.Id).SingleOrDefaultAsync(cancellationToken)
        ?? throw new AdminActionRefusedException("The Admin role does not exist yet.");

    /// <summary>What UserManager.UpdateSecurityStampAsync does: sessions holding the old stamp are refused at their next check.</summary>
    private static void Renew(User user)
    {
        user.SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
    }

    private static void Refuse(bool condition, string message)
    {
        if (condition)
        {
            throw new AdminActionRefusedException(message);
        }
    }
}
