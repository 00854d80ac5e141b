using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Profiles.Forms;

namespace CareerNavigator.Web.Api.Records;

public sealed record CourseResource : IRecordResource<Course, CourseResource>
{
    /// <summary>Set by the server; ignored in requests.</summary>
    public int? Id { get; init; }
    public string? CourseName { get; init; }
    public string? Institution { get; init; }
    public string? Provider { get; init; }
    public string? Description { get; init; }
    public DateOnly? CompletionDate { get; init; }

    /// <summary>"year", "month" or "day": how much of completion_date is known (added after v1; a request without it means "day").</summary>
    public DatePrecision? CompletionDatePrecision { get; init; }
    public string? CertificateUrl { get; init; }
    public List<string>? SkillsLearned { get; init; }
    public double? DurationHours { get; init; }
    public DateTime? UpdatedAt { get; init; }

    public static CourseResource From(Course c) => new()
    {
        Id = c.Id, CourseName = c.CourseName, Institution = c.Institution, Provider = c.Provider, Description = c.Description,
        CompletionDate = c.CompletionDate, CompletionDatePrecision = c.CompletionDate is null ? null : c.CompletionDatePrecision, CertificateUrl = c.CertificateUrl, SkillsLearned = c.SkillsLearned,
        DurationHours = c.DurationHours, UpdatedAt = c.UpdatedAt,
    };

    public IRecordForm<Course> ToForm(int? id) => new CourseForm
    {
        Id = id, CourseName = CourseName ?? "", Institution = Institution, Provider = Provider, Description = Description,
        CompletionDate = CompletionDate?.ToDateTime(TimeOnly.MinValue), CompletionDatePrecision = CompletionDatePrecision ?? DatePrecision.Day,
        CertificateUrl = CertificateUrl,
        SkillsLearned = SkillsLearned ?? [], DurationHours = DurationHours,
    };
}
