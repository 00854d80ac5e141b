namespace CareerNavigator.Data.Entities;

/// <summary>The seed's <c>academic_records</c> row: one degree or programme of study.</summary>
public class AcademicRecord : ITimestamped, IUserOwned
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public User? User { get; set; }

    public required string InstitutionName { get; set; }
    public string? Degree { get; set; }
    public string? FieldOfStudy { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }

    /// <summary>How much of <see cref="StartDate"/> is known (added beside the seed's column).</summary>
    public DatePrecision StartDatePrecision { get; set; }

    /// <summary>How much of <see cref="EndDate"/> is known.</summary>
    public DatePrecision EndDatePrecision { get; set; }

    public double? Gpa { get; set; }
    public string? Honors { get; set; }
    public string? Description { get; set; }
    public string? Location { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
