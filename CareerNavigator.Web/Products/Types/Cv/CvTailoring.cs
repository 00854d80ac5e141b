using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.BuiltIn;

namespace CareerNavigator.Web.Products.Types.Cv;

/// <summary>
/// A CV shaped for one advert from the same records: the jobs that show what the advert asks come first (most first),
/// their achievements that name it lead, the skills it asks for head the skills, the summary ends with what fits the
/// role, and the rest is shortened (other jobs keep one achievement and a short description). Nothing is added: every
/// entry, date and achievement is the record's own.
/// </summary>
internal static class CvTailoring
{
    private const int OtherAchievements = 1;
    private const int OtherDescriptionLength = 160;
    private const int MaxSkills = 15;
    private const int SummaryLabels = 4;

    /// <summary>Words too common in requirements to say what a record is about.</summary>
    private static readonly HashSet<string> Filler = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "the", "for", "with", "years", "year", "experience", "above", "level", "higher", "least", "strong", "good",
    };

    public static CvContent Tailor(CvContent cv, ApplicationBrief brief)
    {
        var met = brief.Requirements.Where(r => r.Met).OrderBy(r => r.Required ? 0 : 1).ToList();
        var words = met.SelectMany(r => r.Label.Split([' ', ',', '/', '(', ')', '.'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= 3 && !Filler.Contains(w)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var shownBy = met.SelectMany(r => r.Evidence).Where(e => e.Record == BriefRecordKind.Job)
            .GroupBy(e => e.RecordName, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        bool Names(string? text) => text is not null && words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

        int Relevance(CvExperience job) =>
            3 * shownBy.GetValueOrDefault($"{job.Position} at {job.Employer}") + job.Achievements.Count(Names) + job.Skills.Count(Names)
            + (Names(job.Position) ? 1 : 0);

        var experience = cv.Experience
            .Select((job, index) => (Job: job, Index: index, Relevance: Relevance(job)))
            .OrderByDescending(j => j.Relevance).ThenBy(j => j.Index)
            .Select(j => j.Relevance > 0
                ? j.Job with { Achievements = Leading(j.Job.Achievements, Names), Skills = Leading(j.Job.Skills, Names) }
                : j.Job with
                {
                    Achievements = [.. j.Job.Achievements.Take(OtherAchievements)],
                    Description = j.Job.Description is { } description ? TextFit.Fit(description, OtherDescriptionLength) : null,
                })
            .ToList();

        var asked = cv.Skills.Where(s => Names(s) || met.Any(r => s.Contains(r.Label, StringComparison.OrdinalIgnoreCase))).ToList();
        var skills = asked.Concat(cv.Skills.Except(asked).Take(Math.Max(0, MaxSkills - asked.Count))).ToList();

        var fit = met.Select(r => r.Label).Distinct(StringComparer.OrdinalIgnoreCase).Take(SummaryLabels).ToList();
        var summary = fit.Count == 0 ? cv.Summary : $"{cv.Summary.TrimEnd()} For the {brief.JobTitle} role: {TextFit.JoinAnd(fit)}.";

        return cv with { Summary = TextFit.Fit(summary, 2_000), Experience = experience, Skills = skills };
    }

    /// <summary>The items that name the advert's words first, the others after, each group in its own order.</summary>
    private static IReadOnlyList<string> Leading(IReadOnlyList<string> items, Func<string?, bool> names) =>
        [.. items.Where(i => names(i)), .. items.Where(i => !names(i))];
}
