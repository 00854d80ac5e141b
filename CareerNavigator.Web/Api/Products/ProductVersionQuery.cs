using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Api.Products;

/// <summary>The caller's versions of one product type, newest first, a keyset page at a time.</summary>
public sealed class ProductVersionQuery(IDbContextFactory<CareerNavigatorDbContext> contextFactory, ICurrentUser currentUser)
{
    /// <summary>Up to <paramref name="take"/> versions below <paramref name="beforeVersion"/> (all when null), newest first.</summary>
    public async Task<List<GeneratedProduct>> ListAsync(ProductType type, int? beforeVersion, int take, CancellationToken cancellationToken)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.GeneratedProducts.AsNoTracking()
            .Where(g => g.UserId == userId && g.ProductType == type && (beforeVersion == null || g.Version < beforeVersion))
            .OrderByDescending(g => g.Version)
            .Take(take)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Version <paramref name="version"/> of the caller's <paramref name="type"/>; null when they have no such version.</summary>
    public async Task<GeneratedProduct?> FindAsync(ProductType type, int version, CancellationToken cancellationToken)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.GeneratedProducts.AsNoTracking()
            .SingleOrDefaultAsync(g => g.UserId == userId && g.ProductType == type && g.Version == version, cancellationToken);
    }
}
