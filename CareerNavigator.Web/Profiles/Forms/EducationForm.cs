using System.ComponentModel.DataAnnotations;
using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Profiles.Forms;

public sealed class EducationForm : IRecordForm<AcademicRecord>, IValidatableObject
{
    public static readonly IReadOnlyList<double> GpaScales = [4.0, 5.0, 10.0, 20.0, 100.0];

    public int? Id { get; set; }

    [Required(ErrorMessage = "Enter the school, college or university.")]
    [StringLength(200, ErrorMessage = "Keep the name under 200 characters.")]
    public string InstitutionName { get; set; } = "";

    [StringLength(200, ErrorMessage = "Keep the degree under 200 characters.")]
    public string? Degree { get; set; }

    [StringLength(200, ErrorMessage = "Keep the field of study under 200 characters.")]
    public string? FieldOfStudy { get; set; }

    public DateTime? StartDate { get; set; }

    /// <summary>How much of the start date was given; a day unless said otherwise (the API's v1 dates are days).</summary>
    public DatePrecision StartDatePrecision { get; set; }

    public DateTime? EndDate { get; set; }
    public DatePrecision EndDatePrecision { get; set; }

    public double? Gpa { get; set; }

    /// <summary>Not stored: the scale the grade is on, so that 3.7 (of 4) and 17 (of 20) are both checked.</summary>
    public double GpaScale { get; set; } = 4.0;

    [StringLength(200, ErrorMessage = "Keep honours under 200 characters.")]
    public string? Honors { get; set; }

    [StringLength(5000, ErrorMessage = "Keep the description under 5,000 characters.")]
    public string? Description { get; set; }

    [StringLength(200, ErrorMessage = "Keep the location under 200 characters.")]
    public string? Location { get; set; }

    public static EducationForm From(AcademicRecord a) => new()
    {
        Id = a.Id, InstitutionName = a.InstitutionName, Degree = a.Degree, FieldOfStudy = a.FieldOfStudy,
        StartDate = a.StartDate?.ToDateTime(TimeOnly.MinValue), StartDatePrecision = a.StartDatePrecision,
        EndDate = a.EndDate?.ToDateTime(TimeOnly.MinValue), EndDatePrecision = a.EndDatePrecision,
        Gpa = a.Gpa, GpaScale = GpaScales.FirstOrDefault(s => a.Gpa is null || a.Gpa <= s, 100.0),
        Honors = a.Honors, Description = a.Description, Location = a.Location,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Studies may end in the future (expected graduation).
        var today = FormRules.Today(validationContext);
        foreach (var r in FormRules.DateRange(FormRules.Date(StartDate, StartDatePrecision), FormRules.Date(EndDate, EndDatePrecision),
                     nameof(StartDate), nameof(EndDate), today, FormRules.LatestPlannedDate(today)))
        {
            yield return r;
        }
        if (!GpaScales.Contains(GpaScale))
        {
            yield return new("Pick the scale your grade is on.", [nameof(GpaScale)]);
        }
        if (Gpa is { } g && (double.IsNaN(g) || g < 0 || g > GpaScale))
        {
            yield return new($"Enter a grade from 0 to {GpaScale:0.#}.", [nameof(Gpa)]);
        }
    }

    public AcademicRecord Create() => new() { InstitutionName = "" };

    public void ApplyTo(AcademicRecord a)
    {
        a.InstitutionName = InstitutionName.Trim();
        a.Degree = FormRules.Clean(Degree);
        a.FieldOfStudy = FormRules.Clean(FieldOfStudy);
        var start = FormRules.Date(StartDate, StartDatePrecision);
        var end = FormRules.Date(EndDate, EndDatePrecision);
        (a.StartDate, a.StartDatePrecision) = (start?.Date, start?.Precision ?? DatePrecision.Day);
        (a.EndDate, a.EndDatePrecision) = (end?.Date, end?.Precision ?? DatePrecision.Day);
        a.Gpa = Gpa;
        a.Honors = FormRules.Clean(Honors);
        a.Description = FormRules.Clean(Description);
        a.Location = FormRules.Clean(Location);
    }
}
