using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Profiles;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Applications.Reminders;

/// <summary>The signed-in user's time zone: reminders go out on the action's day there, and "today" on the pages is theirs.</summary>
public sealed class TimeZoneSettingService(IDbContextFactory<CareerNavigatorDbContext> contextFactory, ICurrentUser currentUser)
{
    /// <summary>The chosen zone, or <see cref="UserTimeZones.Default"/> when none was chosen.</summary>
    public async Task<string> GetAsync(CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var zone = await db.UserSettings.AsNoTracking().Where(s => s.UserId == userId).Select(s => s.TimeZone).SingleOrDefaultAsync(cancellationToken);
        return UserTimeZones.IsKnown(zone) ? zone! : UserTimeZones.Default;
    }

    public async Task SaveAsync(string zone, CancellationToken cancellationToken = default)
    {
        if (!UserTimeZones.IsKnown(zone))
        {
            throw new FormValidationException([new("Choose a time zone from the list, such as Europe/Madrid or UTC.", ["TimeZone"])]);
        }
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var settings = await db.UserSettings.SingleOrDefaultAsync(s => s.UserId == userId, cancellationToken);
        if (settings is null)
        {
            db.UserSettings.Add(new UserSettings { UserId = userId, TimeZone = zone });
        }
        else
        {
            settings.TimeZone = zone;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (settings is null)
        {
            // Another tab created the row first: this choice is the later one.
            await db.UserSettings.Where(s => s.UserId == userId).ExecuteUpdateAsync(set => set.SetProperty(s => s.TimeZone, zone), cancellationToken);
        }
    }
}
