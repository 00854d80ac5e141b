using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Generation;

/// <summary>
/// Stores a generation as the next version of its (user, type). Concurrent generations may read the same
/// latest version; the unique index on (user_id, product_type, version) lets exactly one of them win and
/// the others retry with the next number. The first version becomes active (the partial unique index makes
/// a second "first" retry too); later ones are stored inactive.
/// </summary>
public sealed class ProductVersionWriter(IDbContextFactory<CareerNavigatorDbContext> contextFactory)
{
    /// <summary>Each round of a race lets one writer through, so this bounds how many may race for one user and type.</summary>
    private const int MaxAttempts = 50;

    public async Task<GeneratedProduct> AppendAsync(
        int userId, ProductType type, GenerationResult result, DateTime generatedAtUtc, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // The provider retries transient failures, so a user transaction must run inside its execution strategy.
        var strategy = db.Database.CreateExecutionStrategy();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await strategy.ExecuteAsync(() => TryAppendAsync(db, userId, type, result, generatedAtUtc, cancellationToken));
            }
            catch (DbUpdateException ex) when (UniqueViolation.Is(ex) && attempt < MaxAttempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private static async Task<GeneratedProduct> TryAppendAsync(
        CareerNavigatorDbContext db, int userId, ProductType type, GenerationResult result, DateTime generatedAtUtc, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var versions = db.GeneratedProducts.Where(g => g.UserId == userId && g.ProductType == type);
        var latest = await versions.MaxAsync(g => (int?)g.Version, cancellationToken) ?? 0;
        var hasActive = await versions.AnyAsync(g => g.IsActive, cancellationToken);

        var row = new GeneratedProduct
        {
            UserId = userId,
            ProductType = type,
            Content = result.ContentJson,
            Version = latest + 1,
            IsActive = !hasActive,
            GeneratedAt = generatedAtUtc,
            ModelUsed = result.ModelUsed,
            PromptUsed = result.PromptUsed,
        };
        db.GeneratedProducts.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return row;
    }
}
