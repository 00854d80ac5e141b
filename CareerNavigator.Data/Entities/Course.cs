namespace CareerNavigator.Data.Entities;

/// <summary>The seed's <c>courses</c> row: a course or certification completed.</summary>
public class Course : ITimestamped, IUserOwned
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public User? User { get; set; }

    public required string CourseName { get; set; }
    public string? Institution { get; set; }
    public string? Provider { get; set; }
    public string? Description { get; set; }
    public DateOnly? CompletionDate { get; set; }

    /// <summary>How much of <see cref="CompletionDate"/> is known (added beside the seed's column).</summary>
    public DatePrecision CompletionDatePrecision { get; set; }

    public string? CertificateUrl { get; set; }
    public List<string> SkillsLearned { get; set; } = [];
    public double? DurationHours { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
