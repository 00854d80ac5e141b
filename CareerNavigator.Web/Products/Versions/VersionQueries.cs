using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Products.Versions;

/// <summary>The owner-filtered reads shared by the versions service and the export endpoints.</summary>
internal static class VersionQueries
{
    public static Task<GeneratedProduct?> OwnedAsync(CareerNavigatorDbContext db, int userId, int id, CancellationToken cancellationToken) =>
        db.GeneratedProducts.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id && g.UserId == userId, cancellationToken);

    public static async Task<IReadOnlyList<VersionListItem>> ListAsync(
        CareerNavigatorDbContext db, int userId, ProductType type, CancellationToken cancellationToken) =>
        await db.GeneratedProducts.AsNoTracking()
            .Where(g => g.UserId == userId && g.ProductType == type)
            .OrderByDescending(g => g.Version)
            .Select(g => new VersionListItem(
                g.Id, g.ProductType, g.Version, g.GeneratedAt, g.ModelUsed, g.IsActive,
                db.ProductVersionNames.Where(n => n.GeneratedProductId == g.Id).Select(n => n.Name).FirstOrDefault()))
            .ToListAsync(cancellationToken);
}
