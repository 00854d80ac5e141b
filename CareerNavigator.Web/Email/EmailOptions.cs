using System.ComponentModel.DataAnnotations;
using MailKit.Security;

namespace CareerNavigator.Web.Email;

public enum EmailDelivery
{
    /// <summary>Each mail is written as an .eml file to <see cref="EmailOptions.PickupFolder"/>: no mail server needed.</summary>
    PickupFolder,

    /// <summary>Each mail is sent to the SMTP server in <see cref="EmailOptions.Smtp"/>.</summary>
    Smtp,
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    /// <summary>None, Auto, SslOnConnect (port 465), StartTls or StartTlsWhenAvailable.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    public string? UserName { get; set; }
    public string? Password { get; set; }

    public int TimeoutSeconds { get; set; } = 30;
}

/// <summary>Where account mail goes, and how the outbox retries it.</summary>
public sealed class EmailOptions : IValidatableObject
{
    public const string Section = "Email";

    public EmailDelivery Delivery { get; set; } = EmailDelivery.PickupFolder;

    /// <summary>Relative paths are under the content root.</summary>
    public string PickupFolder { get; set; } = "App_Data/mail";

    public SmtpOptions Smtp { get; set; } = new();

    [Required(ErrorMessage = "Email:FromAddress is required.")]
    [EmailAddress(ErrorMessage = "Email:FromAddress must be an email address.")]
    public string FromAddress { get; set; } = "no-reply@careernavigator.local";

    public string FromName { get; set; } = "Career Navigator";

    /// <summary>Accounts must confirm their email before they can sign in.</summary>
    public bool RequireConfirmedEmailToSignIn { get; set; }

    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The wait after the first failed attempt; it doubles after each further one, up to an hour.</summary>
    [Range(1, 3600)]
    public int RetryAfterSeconds { get; set; } = 60;

    /// <summary>How often the sender looks for due mail it was not told about (retries, other instances' mail).</summary>
    [Range(1, 3600)]
    public int PollSeconds { get; set; } = 15;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Delivery == EmailDelivery.Smtp && string.IsNullOrWhiteSpace(Smtp.Host))
        {
            yield return new("Email:Smtp:Host is required when Email:Delivery is Smtp.", [nameof(Smtp)]);
        }
        if (Smtp.Port is < 1 or > 65535)
        {
            yield return new("Email:Smtp:Port must be a TCP port (1-65535).", [nameof(Smtp)]);
        }
        if (Smtp.TimeoutSeconds is < 1 or > 300)
        {
            yield return new("Email:Smtp:TimeoutSeconds must be between 1 and 300.", [nameof(Smtp)]);
        }
        if (Delivery == EmailDelivery.PickupFolder && string.IsNullOrWhiteSpace(PickupFolder))
        {
            yield return new("Email:PickupFolder is required when Email:Delivery is PickupFolder.", [nameof(PickupFolder)]);
        }
    }
}
