using CareerNavigator.Data;
using CareerNavigator.Web.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareerNavigator.Web.Applications.Reminders;

/// <summary>
/// Queues the reminder mails of next actions, when the app sends real mail (<see cref="EmailDelivery.Smtp"/>): one mail
/// on the action's day from <see cref="LocalHour"/> o'clock in the user's time zone, for the applications whose owner
/// asked for it. Marking the application reminded and queueing its mail are one transaction, and the mark is taken by a
/// conditional UPDATE, so no date is reminded twice, however many instances run this.
/// </summary>
public sealed class ApplicationReminderSender(
    IDbContextFactory<CareerNavigatorDbContext> contextFactory,
    EmailOutbox outbox,
    IOptions<EmailOptions> emailOptions,
    TimeProvider clock,
    ILogger<ApplicationReminderSender> logger) : BackgroundService
{
    public static readonly TimeSpan CheckEvery = TimeSpan.FromMinutes(5);

    /// <summary>Reminders go out from this hour of the action's day, not at midnight.</summary>
    public const int LocalHour = 8;

    public bool Enabled => emailOptions.Value.Delivery == EmailDelivery.Smtp;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            logger.LogInformation("Application reminders are off: they are sent only when Email:Delivery is Smtp.");
            return;
        }
        using var timer = new PeriodicTimer(CheckEvery, clock);
        do
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Application reminders could not be queued; trying again in {Minutes} minutes.", CheckEvery.TotalMinutes);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Queues every reminder that is due now and not yet sent; returns how many.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        if (!Enabled)
        {
            return 0;
        }
        var now = clock.GetUtcNow();
        var utcToday = DateOnly.FromDateTime(now.UtcDateTime);
        // Local dates run from a day behind UTC's to a day ahead of it (UTC-12 to UTC+14).
        var (earliest, latest) = (utcToday.AddDays(-1), utcToday.AddDays(1));
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var candidates = await db.JobApplications.AsNoTracking()
            .Where(a => a.RemindByEmail && a.NextActionDate >= earliest && a.NextActionDate <= latest
                        && (a.ReminderSentFor == null || a.ReminderSentFor != a.NextActionDate))
            .Select(a => new
            {
                a.Id, a.UserId, a.Company, a.Role, a.NextAction, Date = a.NextActionDate!.Value, a.User!.Email,
                TimeZone = db.UserSettings.Where(s => s.UserId == a.UserId).Select(s => s.TimeZone).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var queued = 0;
        foreach (var reminder in candidates)
        {
            var local = UserTimeZones.LocalTime(reminder.TimeZone, now);
            if (DateOnly.FromDateTime(local) != reminder.Date || local.Hour < LocalHour || string.IsNullOrEmpty(reminder.Email))
            {
                continue;
            }
            var mail = ReminderMail.For(reminder.Company, reminder.Role, reminder.NextAction ?? "Your next step", reminder.Date);
            if (await TryQueueAsync(reminder.Id, reminder.Date, reminder.UserId, reminder.Email, mail, cancellationToken))
            {
                queued++;
                logger.LogInformation("Queued the reminder of application {ApplicationId} for {Date}.", reminder.Id, reminder.Date);
            }
        }
        if (queued > 0)
        {
            outbox.Wake();
        }
        return queued;
    }

    private async Task<bool> TryQueueAsync(int applicationId, DateOnly date, int userId, string email, MailContent mail, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var claimed = await db.JobApplications
                .Where(a => a.Id == applicationId && a.RemindByEmail && a.NextActionDate == date
                            && (a.ReminderSentFor == null || a.ReminderSentFor != date))
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.ReminderSentFor, date), cancellationToken);
            if (claimed == 0)
            {
                return false;
            }
            outbox.Stage(db, userId, email, mail);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        });
    }
}
