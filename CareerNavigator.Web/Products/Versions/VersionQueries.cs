using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Versions.Sent;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Products.Versions;

/// <summary>The owner-filtered reads shared by the versions service and the export endpoints.</summary>
internal static class VersionQueries
{
    public static Task<GeneratedProduct?> OwnedAsync(CareerNavigatorDbContext db, int userId, int id, CancellationToken cancellationToken) =>
        db.GeneratedProducts.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id && g.UserId == userId, cancellationToken);

    /// <summary>
    /// The versions of one line: the user's own versions of <paramref name="type"/> when <paramref name="applicationId"/> is
    /// null, else the versions that belong to that application. The user's id is always part of the filter.
    /// </summary>
    public static IQueryable<GeneratedProduct> Line(CareerNavigatorDbContext db, int userId, ProductType type, int? applicationId) =>
        applicationId is { } application
            ? db.GeneratedProducts.Where(g => g.UserId == userId && g.ProductType == type && g.JobApplicationId == application)
            : db.GeneratedProducts.Where(g => g.UserId == userId && g.ProductType == type && g.JobApplicationId == null);

    /// <summary>The line's versions, newest first, each with the application it was sent with (if it was).</summary>
    public static async Task<IReadOnlyList<VersionListItem>> ListAsync(
        CareerNavigatorDbContext db, int userId, ProductType type, CancellationToken cancellationToken, int? applicationId = null)
    {
        var versions = await Line(db, userId, type, applicationId).AsNoTracking()
            .OrderByDescending(g => g.Version)
            .Select(g => new VersionListItem(
                g.Id, g.ProductType, g.Version, g.GeneratedAt, g.ModelUsed, g.IsActive,
                db.ProductVersionNames.Where(n => n.GeneratedProductId == g.Id).Select(n => n.Name).FirstOrDefault(),
                db.ProductVersionDesigns.Where(d => d.GeneratedProductId == g.Id).Select(d => (DocumentDesign?)d.Design).FirstOrDefault() ?? DocumentDesign.Classic))
            .ToListAsync(cancellationToken);
        var sent = await SentVersionQueries.ForAsync(db, versions.Select(v => v.Id).ToList(), cancellationToken);
        return versions.Select(v => sent.TryGetValue(v.Id, out var sending) ? v with { Sent = sending } : v).ToList();
    }

    /// <summary>The design chosen for a version (classic when none was chosen); the caller has checked the version is the user's.</summary>
    public static async Task<DocumentDesign> DesignAsync(CareerNavigatorDbContext db, int id, CancellationToken cancellationToken) =>
        await db.ProductVersionDesigns.Where(d => d.GeneratedProductId == id).Select(d => (DocumentDesign?)d.Design).FirstOrDefaultAsync(cancellationToken)
        ?? DocumentDesign.Classic;
}
