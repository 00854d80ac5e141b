using CareerNavigator.Web.DemoData;

namespace CareerNavigator.Tests.Occupations.Matching;

/// <summary>A demo persona's records as named texts: what a person shows in their jobs, courses and education.</summary>
internal static class PersonaRecords
{
    public static IEnumerable<(string Source, string Text)> Of(DemoPersona persona)
    {
        foreach (var (job, n) in persona.Jobs().Select((job, i) => (job, i + 1)))
        {
            yield return ($"Job {n}: description", job.Description ?? "");
            yield return ($"Job {n}: achievements", string.Join('\n', job.Achievements));
            yield return ($"Job {n}: skills", string.Join('\n', job.SkillsUsed));
        }
        foreach (var (course, n) in persona.Courses().Select((course, i) => (course, i + 1)))
        {
            yield return ($"Course {n}: name", course.CourseName);
            yield return ($"Course {n}: description", course.Description ?? "");
            yield return ($"Course {n}: skills", string.Join('\n', course.SkillsLearned));
        }
        foreach (var (record, n) in persona.Education().Select((record, i) => (record, i + 1)))
        {
            yield return ($"Education {n}: field of study", record.FieldOfStudy ?? "");
            yield return ($"Education {n}: description", record.Description ?? "");
        }
    }
}
