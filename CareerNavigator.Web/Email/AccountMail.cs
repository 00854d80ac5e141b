using System.Net;
using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Email;

/// <summary>
/// Every mail the accounts send: Identity's links (confirmation, reset) and the security notices. All go through
/// the outbox. Identity hands links over HTML-encoded; they are decoded once here and encoded again by the templates.
/// </summary>
public sealed class AccountMail(EmailOutbox outbox, IDbContextFactory<CareerNavigatorDbContext> contextFactory, TimeProvider timeProvider)
    : IEmailSender<User>
{
    public Task SendConfirmationLinkAsync(User user, string email, string confirmationLink) =>
        outbox.EnqueueAsync(user.Id, email, AccountMailTemplates.ConfirmEmail(WebUtility.HtmlDecode(confirmationLink)));

    public Task SendPasswordResetLinkAsync(User user, string email, string resetLink) =>
        outbox.EnqueueAsync(user.Id, email, AccountMailTemplates.ResetPassword(WebUtility.HtmlDecode(resetLink)));

    public Task SendPasswordResetCodeAsync(User user, string email, string resetCode) =>
        outbox.EnqueueAsync(user.Id, email, AccountMailTemplates.ResetCode(WebUtility.HtmlDecode(resetCode)));

    /// <summary>Sent to the new address, which becomes the account's only when the link is followed.</summary>
    public Task SendEmailChangeLinkAsync(User user, string newEmail, string changeLink) =>
        outbox.EnqueueAsync(user.Id, newEmail, AccountMailTemplates.ChangeEmail(WebUtility.HtmlDecode(changeLink)));

    public Task PasswordChangedAsync(int userId) =>
        NotifyAsync(userId, AccountMailTemplates.PasswordChanged(timeProvider.GetUtcNow()));

    /// <summary>Sent to the address the account used before, so its owner learns of a takeover.</summary>
    public Task EmailChangedAsync(int userId, string previousAddress, string newAddress) =>
        outbox.EnqueueAsync(userId, previousAddress, AccountMailTemplates.EmailChanged(newAddress, timeProvider.GetUtcNow()));

    public Task TokenCreatedAsync(int userId, string tokenName, bool canWrite) =>
        NotifyAsync(userId, AccountMailTemplates.TokenCreated(tokenName, canWrite, timeProvider.GetUtcNow()));

    public Task AdminGrantedAsync(int userId) =>
        NotifyAsync(userId, AccountMailTemplates.AdminGranted(timeProvider.GetUtcNow()));

    private async Task NotifyAsync(int userId, MailContent content)
    {
        await using var db = await contextFactory.CreateDbContextAsync();
        if (await db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleOrDefaultAsync() is { Length: > 0 } address)
        {
            await outbox.EnqueueAsync(userId, address, content);
        }
    }
}
