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
                db.ProductVersionNames.Where(n => n.GeneratedProductId == g.Id).Select(n => n.Name).FirstOrDefault(),
                db.ProductVersionDesigns.Where(d => d.GeneratedProductId == g.Id).Select(d => (DocumentDesign?)d.Design).FirstOrDefault() ?? DocumentDesign.Classic))
            .ToListAsync(cancellationToken);

    /// <summary>The design chosen for a version (classic when none was chosen); the caller has checked the version is the user's.</summary>
    public static async Task<DocumentDesign> DesignAsync(CareerNavigatorDbContext db, int id, CancellationToken cancellationToken) =>
        await db.ProductVersionDesigns.Where(d => d.GeneratedProductId == id).Select(d => (DocumentDesign?)d.Design).FirstOrDefaultAsync(cancellationToken)
        ?? DocumentDesign.Classic;
}
