using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Profiles.Forms;

namespace CareerNavigator.Web.Api.Records;

public sealed record JobResource : IRecordResource<JobExperience, JobResource>
{
    /// <summary>Set by the server; ignored in requests.</summary>
    public int? Id { get; init; }
    public string? CompanyName { get; init; }
    public string? Position { get; init; }
    public string? Description { get; init; }
    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }

    /// <summary>
    /// How much of start_date is known: "year", "month" or "day" (the date is then the first day of that year or month).
    /// Added after v1 shipped: a request without it means "day", as v1 dates always did.
    /// </summary>
    public DatePrecision? StartDatePrecision { get; init; }

    /// <summary>How much of end_date is known; null while there is no end date.</summary>
    public DatePrecision? EndDatePrecision { get; init; }
    public bool IsCurrent { get; init; }
    public string? Location { get; init; }
    public List<string>? Achievements { get; init; }
    public List<string>? SkillsUsed { get; init; }
    public DateTime? UpdatedAt { get; init; }

    public static JobResource From(JobExperience j) => new()
    {
        Id = j.Id, CompanyName = j.CompanyName, Position = j.Position, Description = j.Description, StartDate = j.StartDate,
        EndDate = j.EndDate, StartDatePrecision = j.StartDatePrecision, EndDatePrecision = j.EndDate is null ? null : j.EndDatePrecision, IsCurrent = j.IsCurrent, Location = j.Location, Achievements = j.Achievements,
        SkillsUsed = j.SkillsUsed, UpdatedAt = j.UpdatedAt,
    };

    public IRecordForm<JobExperience> ToForm(int? id) => new JobForm
    {
        Id = id, CompanyName = CompanyName ?? "", Position = Position ?? "", Description = Description,
        StartDate = StartDate?.ToDateTime(TimeOnly.MinValue), StartDatePrecision = StartDatePrecision ?? DatePrecision.Day,
        EndDate = EndDate?.ToDateTime(TimeOnly.MinValue), EndDatePrecision = EndDatePrecision ?? DatePrecision.Day,
        IsCurrent = IsCurrent, Location = Location, Achievements = Achievements ?? [], SkillsUsed = SkillsUsed ?? [],
    };
}
