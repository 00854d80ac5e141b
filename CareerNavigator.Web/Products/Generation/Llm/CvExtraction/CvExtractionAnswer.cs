using System.ComponentModel;

namespace CareerNavigator.Web.Products.Generation.Llm.CvExtraction;

// The shape the model fills in; its JSON schema is the structured-output format of the extraction.

[Description("Everything the CV states about jobs, education and courses; nothing else.")]
public sealed record CvExtractionAnswer(
    IReadOnlyList<ExtractedJob> Jobs,
    IReadOnlyList<ExtractedEducation> Education,
    IReadOnlyList<ExtractedCourse> Courses);

public sealed record ExtractedJob(
    [property: Description("The employer exactly as written in the CV.")] string CompanyName,
    [property: Description("The job title exactly as written in the CV.")] string Position,
    [property: Description(CvDates.Format)] string? StartDate,
    [property: Description(CvDates.Format + " Null while the job is current.")] string? EndDate,
    bool IsCurrent,
    string? Location,
    string? Description,
    IReadOnlyList<string> Achievements,
    IReadOnlyList<string> SkillsUsed);

public sealed record ExtractedEducation(
    [property: Description("The school, college or university exactly as written in the CV.")] string InstitutionName,
    string? Degree,
    string? FieldOfStudy,
    [property: Description(CvDates.Format)] string? StartDate,
    [property: Description(CvDates.Format)] string? EndDate,
    string? Location);

public sealed record ExtractedCourse(
    [property: Description("The course or certification exactly as written in the CV.")] string CourseName,
    string? Institution,
    string? Provider,
    [property: Description(CvDates.Format)] string? CompletionDate,
    IReadOnlyList<string> SkillsLearned);
