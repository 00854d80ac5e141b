using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CareerNavigator.Web.Email;

/// <summary>Hands one finished message to the outside world; throws when it could not.</summary>
public interface IMailDelivery
{
    Task DeliverAsync(MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>SMTP through MailKit: one connection per delivery (account mail is rare; a pooled connection would go stale).</summary>
public sealed class SmtpMailDelivery(IOptions<EmailOptions> options) : IMailDelivery
{
    public async Task DeliverAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        await client.ConnectAsync(smtp.Host, smtp.Port, smtp.Security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

/// <summary>Writes each message as an .eml file (opens in any mail program) for machines without a mail server.</summary>
public sealed class PickupFolderDelivery(IOptions<EmailOptions> options, IHostEnvironment environment, TimeProvider timeProvider) : IMailDelivery
{
    public string Folder => Path.GetFullPath(options.Value.PickupFolder, environment.ContentRootPath);

    public async Task DeliverAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{timeProvider.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml";
        await message.WriteToAsync(Path.Combine(Folder, name), cancellationToken);
    }
}
