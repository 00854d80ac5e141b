using CareerNavigator.Web.Occupations.Matching;
using CareerNavigator.Web.Products.Types.PossibleJobs;

namespace CareerNavigator.Web.Products.Generation;

/// <summary>
/// Checks what a model says the user already has against the user's own evidence: a skill listed in their jobs or
/// courses, an ESCO skill their records show or they confirmed (the gap report's "shown"), or a skill whose words all
/// appear in their records. A "skill you have" with no such evidence becomes a skill to build: the product never tells
/// the user, or an employer, that they have what their records do not show.
/// </summary>
public static class SkillClaims
{
    public static object Check(object content, GenerationInput input) => content switch
    {
        PossibleJobsContent jobs => jobs with { Jobs = [.. jobs.Jobs.Select(job => Check(job, Evidence.Of(input)))] },
        _ => content,
    };

    /// <summary>Whether the user's evidence supports <paramref name="skill"/>.</summary>
    public static bool IsSupported(string skill, GenerationInput input) => Evidence.Of(input).Supports(skill);

    private static PossibleJob Check(PossibleJob job, Evidence evidence)
    {
        var unsupported = job.SkillsYouHave.Where(s => !evidence.Supports(s)).ToList();
        return unsupported.Count == 0 ? job : job with
        {
            SkillsYouHave = [.. job.SkillsYouHave.Except(unsupported)],
            SkillsToBuild = [.. job.SkillsToBuild.Concat(unsupported).Distinct(StringComparer.OrdinalIgnoreCase)],
        };
    }

    private sealed class Evidence
    {
        private readonly HashSet<string> _named = new(StringComparer.Ordinal);
        private readonly HashSet<string> _recordWords = new(StringComparer.Ordinal);

        public static Evidence Of(GenerationInput input)
        {
            var evidence = new Evidence();
            var listed = input.Jobs.SelectMany(j => j.SkillsUsed).Concat(input.Courses.SelectMany(c => c.SkillsLearned));
            var shown = input.Targets.SelectMany(t => t.Gaps.Shown.Select(s => s.Label).Concat(t.RelatedFits.SelectMany(f => f.SkillsShown)));
            foreach (var name in listed.Concat(shown))
            {
                evidence._named.Add(Key(name));
            }
            var records = input.Jobs.SelectMany(j => new[] { j.Position, j.Description }.Concat(j.Achievements).Concat(j.SkillsUsed))
                .Concat(input.Courses.SelectMany(c => new[] { c.CourseName, c.Description }.Concat(c.SkillsLearned)))
                .Concat(input.Education.SelectMany(e => new[] { e.Degree, e.FieldOfStudy, e.Description }))
                .Append(input.Profile.CvContent);
            foreach (var text in records.Where(t => !string.IsNullOrWhiteSpace(t)))
            {
                evidence._recordWords.UnionWith(MeaningStems(text!));
            }
            return evidence;
        }

        public bool Supports(string skill)
        {
            var stems = MeaningStems(skill);
            return _named.Contains(Key(skill)) || (stems.Count > 0 && stems.All(_recordWords.Contains));
        }

        private static string Key(string name) => string.Join(' ', MatchText.Words(name).Select(w => w.Stem));

        private static HashSet<string> MeaningStems(string text) =>
            [.. MatchText.Words(text).Select(w => w.Stem).Where(stem => !MatchText.StopWords.Contains(stem))];
    }
}
