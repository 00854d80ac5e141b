using System.Text.Json;
using System.Text.RegularExpressions;

namespace CareerNavigator.Web.Products.Generation.Llm.CvExtraction;

/// <summary>
/// Asks the AI model to read jobs, education and courses out of CV text. Registered only when a model is configured
/// (see <see cref="ILlmAvailability"/>). Entries naming an employer, school or course that is not in the CV are dropped:
/// the model must not invent records.
/// </summary>
public sealed partial class CvRecordExtractor(StructuredChat chat)
{
    public const int MaxCvLength = 60_000;

    /// <summary>Whether <see cref="ExtractAsync"/> sends this text to the model; an empty or too long CV is answered without it.</summary>
    public static bool AsksTheModel(string? cvText) => !string.IsNullOrWhiteSpace(cvText) && cvText.Length <= MaxCvLength;

    public async Task<CvRecordProposals> ExtractAsync(string? cvText, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(cvText))
        {
            return CvRecordProposals.None;
        }

        if (!AsksTheModel(cvText))
        {
            throw new GenerationFailedException(
                $"The CV is too long to read ({cvText.Length:N0} characters; at most {MaxCvLength:N0}). Paste the main sections only.");
        }

        var question = new StructuredQuestion<CvExtractionAnswer>(
            PromptBuilder.ForCvExtraction(cvText),
            ContentSchemas.ResponseFormat(typeof(CvExtractionAnswer), "cv_records", "The jobs, education and courses stated in the CV."),
            Read,
            Stream: false);
        var answer = await chat.AskAsync(question, progress: null, cancellationToken);
        return Ground(answer.Value, cvText);
    }

    private static AnswerReading<CvExtractionAnswer> Read(string json)
    {
        var answer = JsonSerializer.Deserialize<CvExtractionAnswer>(json, ContentSchemas.Json);
        if (answer is null)
        {
            return AnswerReading<CvExtractionAnswer>.Refused("The answer is null instead of an object.");
        }

        var problems = new List<string>();
        for (var i = 0; i < answer.Jobs.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(answer.Jobs[i].CompanyName) || string.IsNullOrWhiteSpace(answer.Jobs[i].Position))
            {
                problems.Add($"jobs[{i}] needs both company_name and position.");
            }
        }

        problems.AddRange(answer.Education.Select((e, i) => (e, i))
            .Where(x => string.IsNullOrWhiteSpace(x.e.InstitutionName))
            .Select(x => $"education[{x.i}] needs institution_name."));
        problems.AddRange(answer.Courses.Select((c, i) => (c, i))
            .Where(x => string.IsNullOrWhiteSpace(x.c.CourseName))
            .Select(x => $"courses[{x.i}] needs course_name."));
        return new AnswerReading<CvExtractionAnswer>(answer, problems);
    }

    private static CvRecordProposals Ground(CvExtractionAnswer answer, string cvText)
    {
        var cv = Normalize(cvText);
        bool InCv(string? name) => !string.IsNullOrWhiteSpace(name) && cv.Contains(Normalize(name), StringComparison.OrdinalIgnoreCase);

        var jobs = answer.Jobs.Where(j => InCv(j.CompanyName))
            .Select(j => new ProposedJob(j.CompanyName.Trim(), j.Position.Trim(), CvDates.Parse(j.StartDate),
                j.IsCurrent ? null : CvDates.Parse(j.EndDate), j.IsCurrent, j.Location, j.Description, j.Achievements, j.SkillsUsed))
            .ToList();
        var education = answer.Education.Where(e => InCv(e.InstitutionName))
            .Select(e => new ProposedEducation(e.InstitutionName.Trim(), e.Degree, e.FieldOfStudy, CvDates.Parse(e.StartDate),
                CvDates.Parse(e.EndDate), e.Location))
            .ToList();
        var courses = answer.Courses.Where(c => InCv(c.CourseName))
            .Select(c => new ProposedCourse(c.CourseName.Trim(), c.Institution, c.Provider, CvDates.Parse(c.CompletionDate), c.SkillsLearned))
            .ToList();

        var discarded = answer.Jobs.Count + answer.Education.Count + answer.Courses.Count - jobs.Count - education.Count - courses.Count;
        return new CvRecordProposals(jobs, education, courses, discarded);
    }

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
