using System.ComponentModel.DataAnnotations;
using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Profiles.Forms;

public sealed class JobForm : IRecordForm<JobExperience>, IValidatableObject
{
    public int? Id { get; set; }

    [Required(ErrorMessage = "Enter the employer's name.")]
    [StringLength(200, ErrorMessage = "Keep the employer's name under 200 characters.")]
    public string CompanyName { get; set; } = "";

    [Required(ErrorMessage = "Enter your job title.")]
    [StringLength(200, ErrorMessage = "Keep the job title under 200 characters.")]
    public string Position { get; set; } = "";

    [StringLength(5000, ErrorMessage = "Keep the description under 5,000 characters.")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Enter the start date.")]
    public DateTime? StartDate { get; set; }

    /// <summary>How much of the start date was given; a day unless said otherwise (the API's v1 dates are days).</summary>
    public DatePrecision StartDatePrecision { get; set; }

    public DateTime? EndDate { get; set; }
    public DatePrecision EndDatePrecision { get; set; }
    public bool IsCurrent { get; set; }

    [StringLength(200, ErrorMessage = "Keep the location under 200 characters.")]
    public string? Location { get; set; }

    public List<string> Achievements { get; set; } = [];
    public List<string> SkillsUsed { get; set; } = [];

    public static JobForm From(JobExperience j) => new()
    {
        Id = j.Id, CompanyName = j.CompanyName, Position = j.Position, Description = j.Description,
        StartDate = j.StartDate.ToDateTime(TimeOnly.MinValue), StartDatePrecision = j.StartDatePrecision,
        EndDate = j.EndDate?.ToDateTime(TimeOnly.MinValue), EndDatePrecision = j.EndDatePrecision,
        IsCurrent = j.IsCurrent, Location = j.Location, Achievements = [.. j.Achievements], SkillsUsed = [.. j.SkillsUsed],
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var today = FormRules.Today(validationContext);
        foreach (var r in FormRules.DateRange(FormRules.Date(StartDate, StartDatePrecision), FormRules.Date(EndDate, EndDatePrecision),
                     nameof(StartDate), nameof(EndDate), today, latestEnd: today))
        {
            yield return r;
        }
        if (IsCurrent && EndDate is not null)
        {
            yield return new("A current job has no end date: clear it, or untick \"I work here now\".", [nameof(EndDate)]);
        }
        if (!IsCurrent && EndDate is null)
        {
            yield return new("Enter when this job ended, or tick \"I work here now\".", [nameof(EndDate)]);
        }
        foreach (var r in FormRules.ShortList(Achievements, nameof(Achievements), "achievements", 30, 500))
        {
            yield return r;
        }
        foreach (var r in FormRules.ShortList(SkillsUsed, nameof(SkillsUsed), "skills", 50, 60))
        {
            yield return r;
        }
    }

    public JobExperience Create() => new() { CompanyName = "", Position = "" };

    public void ApplyTo(JobExperience j)
    {
        j.CompanyName = CompanyName.Trim();
        j.Position = Position.Trim();
        j.Description = FormRules.Clean(Description);
        var start = FormRules.Date(StartDate, StartDatePrecision)!.Value;
        var end = IsCurrent ? null : FormRules.Date(EndDate, EndDatePrecision);
        (j.StartDate, j.StartDatePrecision) = (start.Date, start.Precision);
        (j.EndDate, j.EndDatePrecision) = (end?.Date, end?.Precision ?? DatePrecision.Day);
        j.IsCurrent = IsCurrent;
        j.Location = FormRules.Clean(Location);
        j.Achievements = FormRules.Clean(Achievements);
        j.SkillsUsed = FormRules.Clean(SkillsUsed);
    }
}
