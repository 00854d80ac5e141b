using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Applications.Sending;

/// <summary>
/// Freezes what was sent into an application the first time it goes out (moves into one of
/// <see cref="ApplicationStatuses.Sent"/>, or is created in one): the user's active CV and the application's active cover
/// letter at that moment, each as an <c>application_sent_versions</c> row added to the same save as the status change.
/// Moving back to saved does not unfreeze, and a later move does not freeze again (the status history tells the first).
/// </summary>
internal static class VersionFreezing
{
    public static async Task AddOnFirstSendAsync(
        CareerNavigatorDbContext db, JobApplication application, ApplicationStatus to, CancellationToken cancellationToken)
    {
        if (!to.MeansSent())
        {
            return;
        }
        var sent = ApplicationStatuses.Sent;
        if (application.Id != 0
            && await db.ApplicationStatusChanges.AnyAsync(c => c.JobApplicationId == application.Id && sent.Contains(c.ToStatus), cancellationToken))
        {
            return;
        }

        // A new application (no id yet) has no letter, so only the CV matches then.
        var active = await db.GeneratedProducts
            .Where(g => g.UserId == application.UserId && g.IsActive
                        && ((g.ProductType == ProductType.Cv && g.JobApplicationId == null)
                            || (g.ProductType == ProductType.CoverLetter && g.JobApplicationId == application.Id)))
            .Select(g => g.Id)
            .ToListAsync(cancellationToken);
        foreach (var versionId in active)
        {
            db.SentVersions.Add(new SentVersion { JobApplication = application, GeneratedProductId = versionId });
        }
    }
}
