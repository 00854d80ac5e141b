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
    public bool IsCurrent { get; init; }
    public string? Location { get; init; }
    public List<string>? Achievements { get; init; }
    public List<string>? SkillsUsed { get; init; }
    public DateTime? UpdatedAt { get; init; }

    public static JobResource From(JobExperience j) => new()
    {
        Id = j.Id, CompanyName = j.CompanyName, Position = j.Position, Description = j.Description, StartDate = j.StartDate,
        EndDate = j.EndDate, IsCurrent = j.IsCurrent, Location = j.Location, Achievements = j.Achievements,
        SkillsUsed = j.SkillsUsed, UpdatedAt = j.UpdatedAt,
    };

    public IRecordForm<JobExperience> ToForm(int? id) => new JobForm
    {
        Id = id, CompanyName = CompanyName ?? "", Position = Position ?? "", Description = Description,
        StartDate = StartDate?.ToDateTime(TimeOnly.MinValue), EndDate = EndDate?.ToDateTime(TimeOnly.MinValue),
        IsCurrent = IsCurrent, Location = Location, Achievements = Achievements ?? [], SkillsUsed = SkillsUsed ?? [],
    };
}
