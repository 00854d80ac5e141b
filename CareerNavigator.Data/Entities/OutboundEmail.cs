namespace CareerNavigator.Data.Entities;

/// <summary>
/// A mail in the outbox: a request stores it and returns; a background sender delivers it and retries while the
/// mail server is unreachable. Once sent, the bodies are cleared, so no link or token stays at rest.
/// </summary>
public class OutboundEmail
{
    public long Id { get; set; }

    /// <summary>The account the mail is about; erasing the account erases its mails.</summary>
    public int? UserId { get; set; }
    public User? User { get; set; }

    /// <summary>What the mail is (confirm_email, reset_password, change_email, password_changed, ...), for logs without content.</summary>
    public required string Kind { get; set; }
    public required string ToAddress { get; set; }
    public required string Subject { get; set; }
    public required string HtmlBody { get; set; }
    public required string TextBody { get; set; }

    public DateTime CreatedAt { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }

    /// <summary>While set and in the future, one sender (of possibly several app instances) is delivering it.</summary>
    public DateTime? ClaimedUntil { get; set; }
    public DateTime? SentAt { get; set; }

    /// <summary>Set when the sender gave up after its last attempt.</summary>
    public DateTime? FailedAt { get; set; }
    public string? LastError { get; set; }
}
