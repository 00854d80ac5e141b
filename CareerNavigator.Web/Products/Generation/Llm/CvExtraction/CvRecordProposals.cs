namespace CareerNavigator.Web.Products.Generation.Llm.CvExtraction;

/// <summary>
/// Records read from a CV for the user to confirm in the onboarding preview; nothing is saved until they do. Dates are
/// the first day of what the CV states (a year becomes 1 January). <see cref="Discarded"/> counts entries the model
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
    DateOnly? StartDate,
    DateOnly? EndDate,
    bool IsCurrent,
    string? Location,
    string? Description,
    IReadOnlyList<string> Achievements,
    IReadOnlyList<string> SkillsUsed);

public sealed record ProposedEducation(
    string InstitutionName,
    string? Degree,
    string? FieldOfStudy,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? Location);

public sealed record ProposedCourse(
    string CourseName,
    string? Institution,
    string? Provider,
    DateOnly? CompletionDate,
    IReadOnlyList<string> SkillsLearned);
