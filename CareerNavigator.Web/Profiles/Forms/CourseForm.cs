using System.ComponentModel.DataAnnotations;
using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Profiles.Forms;

public sealed class CourseForm : IRecordForm<Course>, IValidatableObject
{
    public int? Id { get; set; }

    [Required(ErrorMessage = "Enter the course or certificate name.")]
    [StringLength(300, ErrorMessage = "Keep the name under 300 characters.")]
    public string CourseName { get; set; } = "";

    [StringLength(200, ErrorMessage = "Keep the institution under 200 characters.")]
    public string? Institution { get; set; }

    [StringLength(200, ErrorMessage = "Keep the provider under 200 characters.")]
    public string? Provider { get; set; }

    [StringLength(5000, ErrorMessage = "Keep the description under 5,000 characters.")]
    public string? Description { get; set; }

    public DateTime? CompletionDate { get; set; }

    /// <summary>How much of the completion date was given; a day unless said otherwise (the API's v1 dates are days).</summary>
    public DatePrecision CompletionDatePrecision { get; set; }

    [StringLength(500, ErrorMessage = "That address is too long.")]
    public string? CertificateUrl { get; set; }

    public List<string> SkillsLearned { get; set; } = [];

    public double? DurationHours { get; set; }

    public static CourseForm From(Course c) => new()
    {
        Id = c.Id, CourseName = c.CourseName, Institution = c.Institution, Provider = c.Provider, Description = c.Description,
        CompletionDate = c.CompletionDate?.ToDateTime(TimeOnly.MinValue), CompletionDatePrecision = c.CompletionDatePrecision, CertificateUrl = c.CertificateUrl,
        SkillsLearned = [.. c.SkillsLearned], DurationHours = c.DurationHours,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var latest = FormRules.LatestPlannedDate(FormRules.Today(validationContext));
        if (CompletionDate is { } d && (d < FormRules.EarliestDate || d > latest))
        {
            yield return new($"The completion date must be between {FormRules.EarliestDate:yyyy} and {latest:yyyy}.", [nameof(CompletionDate)]);
        }
        if (DurationHours is { } h && (double.IsNaN(h) || double.IsInfinity(h) || h < 0 || h > 10_000))
        {
            yield return new("Enter the hours as a number from 0 to 10,000.", [nameof(DurationHours)]);
        }
        if (!string.IsNullOrWhiteSpace(CertificateUrl) && !FormRules.IsWebAddress(CertificateUrl))
        {
            yield return new("Enter the full web address of the certificate, starting with https://.", [nameof(CertificateUrl)]);
        }
        foreach (var r in FormRules.ShortList(SkillsLearned, nameof(SkillsLearned), "skills", 50, 60))
        {
            yield return r;
        }
    }

    public Course Create() => new() { CourseName = "" };

    public void ApplyTo(Course c)
    {
        c.CourseName = CourseName.Trim();
        c.Institution = FormRules.Clean(Institution);
        c.Provider = FormRules.Clean(Provider);
        c.Description = FormRules.Clean(Description);
        var completed = FormRules.Date(CompletionDate, CompletionDatePrecision);
        (c.CompletionDate, c.CompletionDatePrecision) = (completed?.Date, completed?.Precision ?? DatePrecision.Day);
        c.CertificateUrl = FormRules.Clean(CertificateUrl);
        c.SkillsLearned = FormRules.Clean(SkillsLearned);
        c.DurationHours = DurationHours;
    }
}
