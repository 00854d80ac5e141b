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

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
