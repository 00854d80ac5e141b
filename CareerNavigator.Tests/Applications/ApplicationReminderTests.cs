using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Applications.Reminders;
using CareerNavigator.Web.Email;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CareerNavigator.Tests.Applications;

/// <summary>
/// Reminder mails through the real app, its outbox and a real SMTP server, on a clock the test moves: one mail on the
/// action's day from 8:00 in the user's time zone, never a second one for the same date.
/// </summary>
public sealed class ApplicationReminderTests : IAsyncLifetime
{
    private readonly MigratedDatabase _database = new();
    private readonly SmtpTestServer _smtp = new();
    // 18:00 UTC on 9 December is 07:00 on 10 December in Auckland (UTC+13 in summer).
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 9, 18, 0, 0, TimeSpan.Zero));
    private WebApplicationFactory<Program> _app = default!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await _smtp.StartAsync();
        _app = AppFactory.ForPostgres(_database.ConnectionString,
                ("Email:Delivery", "Smtp"), ("Email:Smtp:Host", "127.0.0.1"), ("Email:Smtp:Port", _smtp.Port.ToString()),
                ("Email:Smtp:Security", "None"), ("Email:PollSeconds", "1"))
            .WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock)));
        _ = _app.Services;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_reminder_goes_out_once_on_the_day_from_eight_in_the_users_time_zone()
    {
        var day = new DateOnly(2026, 12, 10);
        var (auckland, reminded) = await UserWithApplicationAsync("Pacific/Auckland", day, remind: true, nextAction: "Call Marta <b>back</b>");
        var (_, notAsked) = await UserWithApplicationAsync("Pacific/Auckland", day, remind: false, nextAction: "Quietly wait");
        var (utc, _) = await UserWithApplicationAsync(timeZone: null, day, remind: true, nextAction: "Send the portfolio");
        var sender = _app.Services.GetRequiredService<ApplicationReminderSender>();

        Assert.Equal(0, await sender.SendDueAsync());

        // 08:00 in Auckland: the app's own timer runs now too, beside three direct calls; one mail is queued all the same.
        _clock.Advance(TimeSpan.FromHours(1));
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => sender.SendDueAsync()));
        var mail = await _smtp.WaitForMailAsync(auckland, "Call Marta");
        Assert.Contains("Call Marta &lt;b&gt;back&lt;/b&gt;", mail.HtmlBody);
        Assert.Contains("Thursday 10 December 2026", mail.TextBody);
        _clock.Advance(ApplicationReminderSender.CheckEvery);
        Assert.Equal(0, await sender.SendDueAsync());
        Assert.Equal(1, await RemindersQueuedForAsync(auckland));
        Assert.Equal(0, await RemindersQueuedForAsync(utc));

        // 08:00 on the 10th in UTC: the other user's turn; still one mail for Auckland.
        _clock.Advance(TimeSpan.FromHours(13) - ApplicationReminderSender.CheckEvery);
        await _smtp.WaitForMailAsync(utc, "Send the portfolio");
        Assert.Equal(1, await RemindersQueuedForAsync(auckland));
        Assert.Equal(1, await RemindersQueuedForAsync(utc));
        Assert.Single(_smtp.MailsTo(auckland));

        // A new date is a new reminder (on the 11th in Auckland, which is 19:00 UTC on the 10th).
        await using (var db = _database.CreateContext())
        {
            await db.JobApplications.Where(a => a.Id == reminded).ExecuteUpdateAsync(s => s.SetProperty(a => a.NextActionDate, day.AddDays(1)));
        }
        _clock.Advance(TimeSpan.FromHours(11));
        await sender.SendDueAsync();
        Assert.Equal(2, await RemindersQueuedForAsync(auckland));
        await using var check = _database.CreateContext();
        Assert.Null(await check.JobApplications.Where(a => a.Id == notAsked).Select(a => a.ReminderSentFor).SingleAsync());
    }

    [Fact]
    public async Task Without_real_email_no_reminder_is_queued()
    {
        var (user, _) = await UserWithApplicationAsync("UTC", new DateOnly(2026, 12, 9), remind: true, nextAction: "Call");
        var contexts = new TestContextFactory(_database);
        var pickupFolder = new ApplicationReminderSender(contexts, new EmailOutbox(contexts, _clock), Options.Create(new EmailOptions()),
            _clock, NullLogger<ApplicationReminderSender>.Instance);

        Assert.False(pickupFolder.Enabled);
        Assert.Equal(0, await pickupFolder.SendDueAsync());
        Assert.Equal(0, await RemindersQueuedForAsync(user));
    }

    private async Task<(string Email, int ApplicationId)> UserWithApplicationAsync(string? timeZone, DateOnly due, bool remind, string nextAction)
    {
        await using var db = _database.CreateContext();
        var user = await TestUsers.AddAsync(db);
        if (timeZone is not null)
        {
            db.UserSettings.Add(new UserSettings { UserId = user.Id, TimeZone = timeZone });
        }
        var application = new JobApplication
        {
            UserId = user.Id, Company = "Contoso", Role = "Analyst", StatusChangedAt = DateTime.UtcNow, NextAction = nextAction,
            NextActionDate = due, RemindByEmail = remind,
        };
        db.JobApplications.Add(application);
        await db.SaveChangesAsync();
        return (user.Email!, application.Id);
    }

    private async Task<int> RemindersQueuedForAsync(string email)
    {
        await using var db = _database.CreateContext();
        return await db.EmailOutbox.CountAsync(m => m.ToAddress == email && m.Kind == ReminderMail.Kind);
    }
}
