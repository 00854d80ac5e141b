using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Generation;
using CareerNavigator.Web.Profiles;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Api.Products;

/// <summary>
/// Makes one of the caller's versions the active one: in one transaction the previous active version is
/// deactivated first, then the chosen one activated. Two concurrent activations may both pass the first step;
/// the partial unique index (one active per user and type) rejects the loser, which then tries again, so the
/// last activation wins and there is never more than one active version.
/// </summary>
// REVIEW: the versions workspace (issue 5) brings its own activation; when it lands, the API should call that and this goes.
public sealed class ProductVersionActivator(
    IDbContextFactory<CareerNavigatorDbContext> contextFactory, CurrentUser currentUser, TimeProvider timeProvider)
{
    private const int MaxAttempts = 5;

    public async Task<GeneratedProduct> ActivateAsync(ProductType type, int version, CancellationToken cancellationToken)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // The provider retries transient failures, so a user transaction must run inside its execution strategy.
        var strategy = db.Database.CreateExecutionStrategy();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await strategy.ExecuteAsync(() => TryActivateAsync(db, userId, type, version, cancellationToken));
            }
            catch (DbUpdateException ex) when (UniqueViolation.Is(ex) && attempt < MaxAttempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<GeneratedProduct> TryActivateAsync(
        CareerNavigatorDbContext db, int userId, ProductType type, int version, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var target = await db.GeneratedProducts
                         .SingleOrDefaultAsync(g => g.UserId == userId && g.ProductType == type && g.Version == version, cancellationToken)
                     ?? throw new RecordNotFoundException();
        if (!target.IsActive)
        {
            var now = timeProvider.GetUtcNow().UtcDateTime;
            await db.GeneratedProducts
                .Where(g => g.UserId == userId && g.ProductType == type && g.IsActive)
                .ExecuteUpdateAsync(s => s.SetProperty(g => g.IsActive, false).SetProperty(g => g.UpdatedAt, now), cancellationToken);
            target.IsActive = true;
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return target;
    }
}
