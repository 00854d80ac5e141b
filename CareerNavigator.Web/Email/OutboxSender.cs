using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CareerNavigator.Web.Email;

/// <summary>
/// Delivers the outbox in the background: at once when this instance queues a mail, and every
/// <see cref="EmailOptions.PollSeconds"/> for retries and other instances' mail. A mail is claimed by one
/// statement before it is sent, so several instances never send it twice; a failure waits and retries with a
/// doubling delay, and after <see cref="EmailOptions.MaxAttempts"/> the mail is marked failed. Logs name the mail's
/// id and kind, never its address or content (links carry tokens).
/// </summary>
public sealed class OutboxSender(
    IDbContextFactory<CareerNavigatorDbContext> contextFactory,
    EmailOutbox outbox,
    IMailDelivery delivery,
    IOptions<EmailOptions> options,
    TimeProvider timeProvider,
    IHostEnvironment environment,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan LongestWait = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Delivery == EmailDelivery.PickupFolder && !environment.IsDevelopment())
        {
            logger.LogWarning("Email:Delivery is PickupFolder: account mail is written to {Folder}, not sent. Set Email:Delivery=Smtp and Email:Smtp:* to send it.",
                options.Value.PickupFolder);
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DeliverDueAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "The outbox could not be read; trying again later.");
            }
            await outbox.WaitForMailAsync(TimeSpan.FromSeconds(options.Value.PollSeconds), stoppingToken);
        }
    }

    /// <summary>Delivers every mail that is due now; returns how many were sent.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        while (await DueIdsAsync(cancellationToken) is { Count: > 0 } due)
        {
            foreach (var id in due)
            {
                if (await TryClaimAsync(id, cancellationToken) is { } mail)
                {
                    sent += await DeliverAsync(mail, cancellationToken) ? 1 : 0;
                }
            }
        }
        return sent;
    }

    private async Task<List<long>> DueIdsAsync(CancellationToken cancellationToken)
    {
        var now = Now;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.EmailOutbox
            .Where(m => m.SentAt == null && m.FailedAt == null && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => m.Id)
            .Take(20)
            .ToListAsync(cancellationToken);
    }

    private async Task<OutboundEmail?> TryClaimAsync(long id, CancellationToken cancellationToken)
    {
        var now = Now;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var claimed = await db.EmailOutbox
            .Where(m => m.Id == id && m.SentAt == null && m.FailedAt == null && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ClaimedUntil, now + ClaimFor), cancellationToken);
        return claimed == 1 ? await db.EmailOutbox.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken) : null;
    }

    private async Task<bool> DeliverAsync(OutboundEmail mail, CancellationToken cancellationToken)
    {
        string? error = null;
        try
        {
            await delivery.DeliverAsync(ToMessage(mail), cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            error = $"{ex.GetType().Name}: {ex.Message}";
        }

        var attempts = mail.Attempts + 1;
        var now = Now;
        await using var db = await contextFactory.CreateDbContextAsync(CancellationToken.None);
        var row = db.EmailOutbox.Where(m => m.Id == mail.Id);
        if (error is null)
        {
            await row.ExecuteUpdateAsync(set => set
                .SetProperty(m => m.SentAt, now).SetProperty(m => m.Attempts, attempts).SetProperty(m => m.ClaimedUntil, (DateTime?)null)
                .SetProperty(m => m.HtmlBody, "").SetProperty(m => m.TextBody, "").SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
            logger.LogInformation("Sent mail {MailId} ({Kind}) on attempt {Attempt}.", mail.Id, mail.Kind, attempts);
            return true;
        }

        var givingUp = attempts >= options.Value.MaxAttempts;
        var wait = TimeSpan.FromSeconds(options.Value.RetryAfterSeconds * Math.Pow(2, attempts - 1));
        await row.ExecuteUpdateAsync(set => set
            .SetProperty(m => m.Attempts, attempts).SetProperty(m => m.ClaimedUntil, (DateTime?)null)
            .SetProperty(m => m.NextAttemptAt, now + (wait < LongestWait ? wait : LongestWait))
            .SetProperty(m => m.FailedAt, givingUp ? now : null)
            .SetProperty(m => m.LastError, error.Length > 500 ? error[..500] : error), CancellationToken.None);
        logger.LogWarning("Mail {MailId} ({Kind}) was not delivered on attempt {Attempt} of {MaxAttempts}: {Error}",
            mail.Id, mail.Kind, attempts, options.Value.MaxAttempts, error);
        return false;
    }

    private MimeMessage ToMessage(OutboundEmail mail)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.Value.FromName, options.Value.FromAddress));
        message.To.Add(MailboxAddress.Parse(mail.ToAddress));
        message.Subject = mail.Subject;
        message.Body = new BodyBuilder { HtmlBody = mail.HtmlBody, TextBody = mail.TextBody }.ToMessageBody();
        return message;
    }

    private DateTime Now => timeProvider.GetUtcNow().UtcDateTime;
}
