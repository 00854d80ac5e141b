using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Products.Types;

/// <summary>
/// Versions whose product type label this build does not know (a newer instance wrote them during a rolling deploy)
/// are left out by the context's query filter; the pages that list a user's products say so in the log.
/// </summary>
internal static class UnknownProductTypeRows
{
    public static async Task LogSkippedAsync(CareerNavigatorDbContext db, int userId, ILogger logger, CancellationToken cancellationToken)
    {
        var skipped = await db.GeneratedProducts.IgnoreQueryFilters()
            .CountAsync(g => g.UserId == userId && !KnownProductTypes.All.Contains(g.ProductType), cancellationToken);
        if (skipped > 0)
        {
            logger.LogWarning(
                "Skipped {Count} product version(s) of user {UserId} whose product type this build does not know; a newer build wrote them.",
                skipped, userId);
        }
    }
}
