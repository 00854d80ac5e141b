namespace CareerNavigator.Data.Entities;

/// <summary>
/// A job the user saved from its advert and follows to an answer: the advert's text (pasted or read from a file), where
/// it stands, the history of its statuses, notes, contacts and the next thing to do. The link is kept as text and never
/// fetched.
/// </summary>
public class JobApplication : ITimestamped, IUserOwned
{
    public const int MaxCompanyLength = 200;
    public const int MaxRoleLength = 200;
    public const int MaxLocationLength = 200;
    public const int MaxLinkLength = 500;
    public const int MaxAdvertFileNameLength = 255;

    /// <summary>As much as the CV field keeps: a long advert has 2,000 words.</summary>
    public const int MaxAdvertLength = 100_000;
    public const int MaxNotesLength = 20_000;
    public const int MaxNextActionLength = 300;
    public const int MaxContacts = 20;

    public int Id { get; set; }
    public int UserId { get; set; }
    public User? User { get; set; }

    public required string Company { get; set; }
    public required string Role { get; set; }
    public string? Location { get; set; }
    public string? Link { get; set; }
    public DateOnly? Deadline { get; set; }

    public string? AdvertText { get; set; }

    /// <summary>The name of the file the advert was read from; null when it was pasted.</summary>
    public string? AdvertFileName { get; set; }

    public ApplicationStatus Status { get; set; }
    public DateTime StatusChangedAt { get; set; }

    public string? Notes { get; set; }
    public List<ApplicationContact> Contacts { get; set; } = [];

    public string? NextAction { get; set; }
    public DateOnly? NextActionDate { get; set; }

    /// <summary>The user asked for an email on <see cref="NextActionDate"/>, in their time zone.</summary>
    public bool RemindByEmail { get; set; }

    /// <summary>The action date a reminder was sent for: one reminder per date, whatever the number of senders.</summary>
    public DateOnly? ReminderSentFor { get; set; }

    public List<ApplicationStatusChange> StatusChanges { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    /// <summary>Also the row's concurrency token: a save that did not start from the stored version fails.</summary>
    public DateTime UpdatedAt { get; set; }
}

/// <summary>Someone at the employer: a recruiter, the hiring manager. Kept in the application's <c>contacts</c> JSON column.</summary>
public sealed record ApplicationContact(string Name, string? Role, string? Email, string? Phone);
