namespace CareerNavigator.Data.Entities;

/// <summary>The seed's <c>job_experiences</c> row: one position held.</summary>
public class JobExperience : ITimestamped, IUserOwned
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public User? User { get; set; }

    public required string CompanyName { get; set; }
    public required string Position { get; set; }
    public string? Description { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }

    /// <summary>How much of <see cref="StartDate"/> is known (added beside the seed's column).</summary>
    public DatePrecision StartDatePrecision { get; set; }

    /// <summary>How much of <see cref="EndDate"/> is known; meaningless while it is null.</summary>
    public DatePrecision EndDatePrecision { get; set; }

    public bool IsCurrent { get; set; }
    public string? Location { get; set; }
    public List<string> Achievements { get; set; } = [];
    public List<string> SkillsUsed { get; set; } = [];

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
