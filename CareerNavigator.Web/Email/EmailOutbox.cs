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
        var now = timeProvider.GetUtcNow().UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
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
        await db.SaveChangesAsync(cancellationToken);
        _wake.Writer.TryWrite(true);
    }

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
