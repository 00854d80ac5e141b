using System.Threading.Channels;
using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Email;

/// <summary>Stores a mail for the background sender and wakes it: the request that queues a mail never waits on SMTP.</summary>
public sealed class EmailOutbox(IDbContextFactory<CareerNavigatorDbContext> contextFactory, TimeProvider timeProvider)
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public async Task EnqueueAsync(int? userId, string toAddress, MailContent content, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        Stage(db, userId, toAddress, content);
        await db.SaveChangesAsync(cancellationToken);
        Wake();
    }

    /// <summary>
    /// Adds a mail to <paramref name="db"/> without saving, so that it is queued in the same transaction as the change it
    /// belongs to (a reminder and the mark that it was sent); call <see cref="Wake"/> once that transaction committed.
    /// </summary>
    public void Stage(CareerNavigatorDbContext db, int? userId, string toAddress, MailContent content)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        db.EmailOutbox.Add(new OutboundEmail
        {
            UserId = userId,
            Kind = content.Kind,
            ToAddress = toAddress,
            Subject = content.Subject,
            HtmlBody = content.Html,
            TextBody = content.Text,
            CreatedAt = now,
            NextAttemptAt = now,
        });
    }

    /// <summary>Tells this instance's sender that a mail is waiting.</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    /// <summary>Waits until a mail is queued on this instance or <paramref name="timeout"/> passes.</summary>
    public async Task WaitForMailAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await _wake.Reader.ReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }
    }
}
