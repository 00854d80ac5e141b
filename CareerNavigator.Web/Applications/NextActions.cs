using CareerNavigator.Data;
using CareerNavigator.Web.Applications.Reminders;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Applications;

/// <summary>The next actions of one user due within <see cref="DaysAhead"/> days (overdue ones too), by the day in their time zone.</summary>
public sealed record NextActionsDue(DateOnly Today, IReadOnlyList<ApplicationSummary> Items)
{
    public const int DaysAhead = 7;

    /// <summary>What the dashboard lists at most; the list page's filter shows the rest.</summary>
    public const int Shown = 8;

    public static async Task<NextActionsDue> ForUserAsync(CareerNavigatorDbContext db, int userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var zone = await db.UserSettings.AsNoTracking().Where(s => s.UserId == userId).Select(s => s.TimeZone).SingleOrDefaultAsync(cancellationToken);
        var today = UserTimeZones.Today(zone, now);
        var until = today.AddDays(DaysAhead);
        var items = await db.JobApplications.AsNoTracking()
            .Where(a => a.UserId == userId && a.NextActionDate != null && a.NextActionDate <= until)
            .OrderBy(a => a.NextActionDate).ThenBy(a => a.Id)
            .Take(Shown)
            .Select(a => new ApplicationSummary(a.Id, a.Company, a.Role, a.Location, a.Status, a.Deadline, a.NextAction,
                a.NextActionDate, a.RemindByEmail, a.StatusChangedAt, a.UpdatedAt))
            .ToListAsync(cancellationToken);
        return new NextActionsDue(today, items);
    }
}
