using CareerNavigator.Web.Profiles;

namespace CareerNavigator.Web.Products.Generation.Llm.CvExtraction;

/// <summary>
/// Records read from a CV for the user to confirm in the onboarding preview; nothing is saved until they do. Dates keep
/// the precision the CV states (a year stays a year). <see cref="Discarded"/> counts entries the model
/// proposed whose employer, school or course name does not appear in the CV text.
/// </summary>
public sealed record CvRecordProposals(
    IReadOnlyList<ProposedJob> Jobs,
    IReadOnlyList<ProposedEducation> Education,
    IReadOnlyList<ProposedCourse> Courses,
    int Discarded)
{
    public static readonly CvRecordProposals None = new([], [], [], 0);
}

public sealed record ProposedJob(
    string CompanyName,
    string Position,
    PartialDate? StartDate,
    PartialDate? EndDate,
    bool IsCurrent,
    string? Location,
    string? Description,
    IReadOnlyList<string> Achievements,
    IReadOnlyList<string> SkillsUsed);

public sealed record ProposedEducation(
    string InstitutionName,
    string? Degree,
    string? FieldOfStudy,
    PartialDate? StartDate,
    PartialDate? EndDate,
    string? Location);

public sealed record ProposedCourse(
    string CourseName,
    string? Institution,
    string? Provider,
    PartialDate? CompletionDate,
    IReadOnlyList<string> SkillsLearned);
