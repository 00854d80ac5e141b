using CareerNavigator.Web.Products.Sources;
using CareerNavigator.Web.Products.Types.PossibleJobs;

namespace CareerNavigator.Web.Products.Generation;

/// <summary>
/// Checks what a model says the user already has against the user's own evidence, with the source check's evidence
/// (<see cref="SourceEvidence"/>): a skill listed in their jobs, courses or profile, an ESCO skill their records show or
/// they confirmed (the gap report's "shown"), a skill they confirmed as theirs, or one whose words all appear in their
/// records. A "skill you have" with no such evidence becomes a skill to build: the product never tells the user, or an
/// employer, that they have what their records do not show.
/// </summary>
public static class SkillClaims
{
    public static object Check(object content, GenerationInput input)
    {
        if (content is not PossibleJobsContent jobs)
        {
            return content;
        }
        var evidence = SourceEvidence.Of(input);
        return jobs with { Jobs = [.. jobs.Jobs.Select(job => Check(job, evidence))] };
    }

    /// <summary>Whether the user's evidence supports <paramref name="skill"/>.</summary>
    public static bool IsSupported(string skill, GenerationInput input) => SourceEvidence.Of(input).SupportsSkill(skill);

    private static PossibleJob Check(PossibleJob job, SourceEvidence evidence)
    {
        var unsupported = job.SkillsYouHave.Where(s => !evidence.SupportsSkill(s)).ToList();
        return unsupported.Count == 0 ? job : job with
        {
            SkillsYouHave = [.. job.SkillsYouHave.Except(unsupported)],
            SkillsToBuild = [.. job.SkillsToBuild.Concat(unsupported).Distinct(StringComparer.OrdinalIgnoreCase)],
        };
    }
}
