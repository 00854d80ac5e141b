namespace CareerNavigator.Data.Entities;

/// <summary>The seed's <c>user_profiles</c> row: one per user, everything the wizard asks beyond the lists.</summary>
public class UserProfile : ITimestamped
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public User? User { get; set; }

    public string? CareerGoals { get; set; }
    public string? ShortTermGoals { get; set; }
    public string? LongTermGoals { get; set; }
    public string? CvContent { get; set; }
    public string? LinkedinProfileUrl { get; set; }

    /// <summary>The parsed LinkedIn export, as JSON text (jsonb in PostgreSQL).</summary>
    public string? LinkedinProfileData { get; set; }

    public string? LifeProfile { get; set; }
    public int? Age { get; set; }
    public string? BirthCountry { get; set; }
    public string? BirthCity { get; set; }
    public string? CurrentLocation { get; set; }
    public List<string> DesiredJobLocations { get; set; } = [];
    public List<LanguageSkill> Languages { get; set; } = [];
    public string? Culture { get; set; }

    // Who the person is and how to reach them, as their CV names them (added beside the seed's columns; the LinkedIn
    // address stays in LinkedinProfileUrl and the place they live in CurrentLocation).
    public string? FullName { get; set; }
    public string? Headline { get; set; }

    /// <summary>The person's own summary ("About" on LinkedIn, <c>basics.summary</c> in a JSON Resume).</summary>
    public string? Summary { get; set; }

    public string? Phone { get; set; }

    /// <summary>The email to print on a CV; the account's sign-in email when empty.</summary>
    public string? PublicEmail { get; set; }

    /// <summary>Portfolio, GitHub and other public pages (not LinkedIn), in the user's order.</summary>
    public List<ProfileLink> Links { get; set; } = [];

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
