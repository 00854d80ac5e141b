namespace CareerNavigator.Data.Entities;

/// <summary>A user's preferences that belong to no record: for now the time zone their reminders are timed in.</summary>
public class UserSettings : ITimestamped
{
    public const int MaxTimeZoneLength = 64;

    public int UserId { get; set; }
    public User? User { get; set; }

    /// <summary>An IANA time zone ("Europe/Madrid"); null means UTC.</summary>
    public string? TimeZone { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
