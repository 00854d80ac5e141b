using CareerNavigator.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Products.Versions.Sent;

/// <summary>Which of a user's versions were sent with an application; the caller has checked the versions are the user's.</summary>
internal static class SentVersionQueries
{
    public static async Task<VersionSending?> FindAsync(CareerNavigatorDbContext db, int versionId, CancellationToken cancellationToken) =>
        (await ForAsync(db, [versionId], cancellationToken)).GetValueOrDefault(versionId);

    /// <summary>For each of <paramref name="versionIds"/> that was sent: the first application it was frozen into.</summary>
    public static async Task<Dictionary<int, VersionSending>> ForAsync(
        CareerNavigatorDbContext db, IReadOnlyCollection<int> versionIds, CancellationToken cancellationToken)
    {
        if (versionIds.Count == 0)
        {
            return [];
        }
        var rows = await db.SentVersions.AsNoTracking().IgnoreQueryFilters()
            .Where(s => versionIds.Contains(s.GeneratedProductId))
            .Select(s => new { s.GeneratedProductId, s.JobApplicationId, s.JobApplication!.Role, s.JobApplication.Company, s.CreatedAt })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.GeneratedProductId).ToDictionary(g => g.Key, g =>
        {
            var first = g.OrderBy(r => r.CreatedAt).ThenBy(r => r.JobApplicationId).First();
            return new VersionSending(first.JobApplicationId, first.Role, first.Company, first.CreatedAt, g.Count() - 1);
        });
    }

    /// <summary>True when the version is named by any application's sent versions; a condition for a write's own WHERE.</summary>
    public static IQueryable<int> SentIds(CareerNavigatorDbContext db) => db.SentVersions.IgnoreQueryFilters().Select(s => s.GeneratedProductId);
}
