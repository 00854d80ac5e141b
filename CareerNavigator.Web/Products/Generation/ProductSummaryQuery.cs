using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Products.Generation;

/// <summary>
/// One user's own product types (not those that belong to an application, such as cover letters) with their active
/// version and version count (the products page and the dashboard).
/// </summary>
internal static class ProductSummaryQuery
{
    public static async Task<IReadOnlyList<ProductSummary>> ForUserAsync(
        CareerNavigatorDbContext db, int userId, ILogger logger, CancellationToken cancellationToken)
    {
        await UnknownProductTypeRows.LogSkippedAsync(db, userId, logger, cancellationToken);
        var mine = db.GeneratedProducts.AsNoTracking().Where(g => g.UserId == userId && g.JobApplicationId == null);
        var counts = await mine.GroupBy(g => g.ProductType)
            .Select(g => new { Type = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.Type, c => c.Count, cancellationToken);
        var active = await mine.Where(g => g.IsActive)
            .Select(g => new { g.ProductType, g.Version, g.GeneratedAt })
            .ToDictionaryAsync(a => a.ProductType, cancellationToken);

        return [.. ProductCatalog.Default.All.Where(d => d.Ownership == Ownership.StandsAlone).Select(d => d.Type).Select(type => new ProductSummary(
            type,
            active.TryGetValue(type, out var version) ? version.Version : null,
            version?.GeneratedAt,
            counts.GetValueOrDefault(type)))];
    }
}
