using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Profiles.Forms;

namespace CareerNavigator.Web.Api.Records;

public sealed record EducationResource : IRecordResource<AcademicRecord, EducationResource>
{
    /// <summary>Set by the server; ignored in requests.</summary>
    public int? Id { get; init; }
    public string? InstitutionName { get; init; }
    public string? Degree { get; init; }
    public string? FieldOfStudy { get; init; }
    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }

    /// <summary>"year", "month" or "day": how much of start_date is known (added after v1; a request without it means "day").</summary>
    public DatePrecision? StartDatePrecision { get; init; }

    /// <summary>How much of end_date is known.</summary>
    public DatePrecision? EndDatePrecision { get; init; }
    public double? Gpa { get; init; }

    /// <summary>Not stored: the scale the grade is on (4, 5, 10, 20 or 100), so that the grade can be checked. Default 4.</summary>
    public double? GpaScale { get; init; }
    public string? Honors { get; init; }
    public string? Description { get; init; }
    public string? Location { get; init; }
    public DateTime? UpdatedAt { get; init; }

    public static EducationResource From(AcademicRecord a) => new()
    {
        Id = a.Id, InstitutionName = a.InstitutionName, Degree = a.Degree, FieldOfStudy = a.FieldOfStudy, StartDate = a.StartDate,
        EndDate = a.EndDate, StartDatePrecision = a.StartDate is null ? null : a.StartDatePrecision,
        EndDatePrecision = a.EndDate is null ? null : a.EndDatePrecision, Gpa = a.Gpa, GpaScale = EducationForm.From(a).GpaScale, Honors = a.Honors,
        Description = a.Description, Location = a.Location, UpdatedAt = a.UpdatedAt,
    };

    public IRecordForm<AcademicRecord> ToForm(int? id) => new EducationForm
    {
        Id = id, InstitutionName = InstitutionName ?? "", Degree = Degree, FieldOfStudy = FieldOfStudy,
        StartDate = StartDate?.ToDateTime(TimeOnly.MinValue), StartDatePrecision = StartDatePrecision ?? DatePrecision.Day,
        EndDate = EndDate?.ToDateTime(TimeOnly.MinValue), EndDatePrecision = EndDatePrecision ?? DatePrecision.Day,
        Gpa = Gpa, GpaScale = GpaScale ?? 4.0, Honors = Honors, Description = Description, Location = Location,
    };
}
