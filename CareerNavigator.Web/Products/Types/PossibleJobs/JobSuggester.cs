using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Occupations;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products.Types.PossibleJobs;

namespace CareerNavigator.Web.Products.Types.PossibleJobs;

/// <summary>Jobs that follow from the user's experience, skills and goals, each with the reason and the skills on both sides.</summary>
internal static class JobSuggester
{
    private const int MaxJobs = 8;
    private const int MaxSkillsNamed = 4;
    private const int MaxSkillsToBuild = 6;

    public static PossibleJobsContent Build(ProfileFacts facts)
    {
        var words = new PlanWords(facts);
        var jobs = facts.Group switch
        {
            UserGroup.ExperiencedContinuing => Growth(facts, words),
            UserGroup.ExperiencedChanging => Change(facts, words),
            UserGroup.InexperiencedWithGoal => Entry(facts, words),
            _ => Exploration(facts),
        };
        jobs.AddRange(FromStudies(facts, jobs.Count));
        if (jobs.Count == 0)
        {
            throw new GenerationFailedException(
                "To suggest jobs, the profile needs goals, a job or an education record. Add one of them, then generate again.");
        }

        return new PossibleJobsContent
        {
            Summary = facts.Group switch
            {
                UserGroup.ExperiencedContinuing => $"Next steps from {Headlines.Identity(facts)}, around {words.Places}.",
                UserGroup.ExperiencedChanging => $"Ways into {words.Field} that use what you already bring.",
                UserGroup.InexperiencedWithGoal => $"Entry roles on the way to {words.Field}, and work that keeps you close to it meanwhile.",
                _ => $"Jobs to try in {words.Options}, and work you already know.",
            },
            Jobs = [.. jobs.DistinctBy(j => j.Title.ToLowerInvariant()).Take(MaxJobs)],
        };
    }

    private static List<PossibleJob> Growth(ProfileFacts facts, PlanWords words)
    {
        var jobs = TargetAndRelated(facts);
        if (facts.CurrentJob is { } current)
        {
            jobs.Insert(Math.Min(1, jobs.Count), Job(current.Position, LevelOf(current.Position),
                $"You do this work at {current.CompanyName} now; the same role elsewhere in {words.Places} builds on it directly and can bring a wider scope.",
                current.SkillsUsed, []));
        }
        return jobs;
    }

    private static List<PossibleJob> Change(ProfileFacts facts, PlanWords words) => TargetAndRelated(facts);

    private static List<PossibleJob> Entry(ProfileFacts facts, PlanWords words)
    {
        var jobs = TargetAndRelated(facts);
        if ((facts.CurrentJob ?? facts.LatestJob) is { } job)
        {
            jobs.Add(Job(job.Position, JobLevel.Entry,
                $"You already work as {job.Position} at {job.CompanyName}; similar roles keep you earning and close to {words.Field} while you qualify.",
                job.SkillsUsed, []));
        }
        return jobs;
    }

    private static List<PossibleJob> Exploration(ProfileFacts facts)
    {
        var jobs = facts.Roles.Select(role => Job(role.Name, JobLevel.Entry,
            $"Your goals mention “{role.Source.FromGoalText ?? role.Name}”. {Shows(facts.SkillsFor(role), role.Skills.Length)}",
            facts.SkillsFor(role), Firsts(facts.GapsFor(role)))).ToList();
        if (facts.LatestJob is { } job)
        {
            jobs.Add(Job(job.Position, JobLevel.Entry, $"You have done this work at {job.CompanyName}; it pays while you explore and shows employers you are reliable.", job.SkillsUsed, []));
        }
        return jobs;
    }

    /// <summary>
    /// The target occupation, then the related ones that share most of its essential skills (ESCO), each with what the
    /// user shows of its essential skills and what is missing.
    /// </summary>
    private static List<PossibleJob> TargetAndRelated(ProfileFacts facts)
    {
        if (facts.Role is not { } role)
        {
            return [];
        }
        var why = role.Source.FromGoalText is { } clause ? $"Your goals name it (“{clause}”)." : "It is the occupation you chose as your goal.";
        var licence = role.Regulated && facts.Group != UserGroup.ExperiencedContinuing ? $" It is licensed: {role.RegulatedBy}." : "";
        var jobs = new List<PossibleJob>
        {
            Job(role.Name, facts.Group == UserGroup.ExperiencedContinuing ? LevelOf(role.Name) : JobLevel.Entry,
                $"{why} {Shows(facts.SkillsFor(role), role.Skills.Length)}{licence}", facts.SkillsFor(role), Firsts(facts.GapsFor(role))),
        };
        foreach (var fit in role.Source.RelatedFits)
        {
            var related = fit.Occupation;
            var group = related.SameGroup ? ", in the same ISCO group" : "";
            jobs.Add(Job(CareerSteps.Title(related.Title), LevelOf(role.Source.Occupation, related),
                $"It needs {related.SharedEssentialSkills} of the {related.OfEssentialSkills} essential skills of {TextFit.LowerFirst(role.Name)} ({related.OverlapPercent} %){group}. " +
                Shows(fit.SkillsShown, fit.SkillsShown.Count + fit.EssentialMissing.Count),
                fit.SkillsShown, Firsts(fit.EssentialMissing)));
        }
        return jobs;
    }

    private static string Shows(IReadOnlyList<string> shown, int essential) => shown.Count == 0
        ? $"Your records do not show its {essential} essential skills yet; the courses and plans start there."
        : $"You show {shown.Count} of its {essential} essential skills: {TextFit.JoinAnd(shown.Take(MaxSkillsNamed))}{(shown.Count > MaxSkillsNamed ? " and more" : "")}.";

    private static IReadOnlyList<string> Firsts(IReadOnlyList<string> skills) => [.. skills.Take(MaxSkillsToBuild)];

    private static JobLevel LevelOf(OccupationDetails target, RelatedOccupation related) =>
        CareerSteps.SkillLevel(related.IscoGroup) < CareerSteps.SkillLevel(target.IscoGroup) ? JobLevel.Entry
        : related.IscoGroup.StartsWith('1') ? JobLevel.Lead
        : LevelOf(related.Title);

    /// <summary>When the goals name no known role, graduate roles in the user's own field of study.</summary>
    private static IEnumerable<PossibleJob> FromStudies(ProfileFacts facts, int found)
    {
        if (found > 0 || facts.LatestEducation is not { FieldOfStudy: { } field } study)
        {
            yield break;
        }
        yield return Job($"Graduate roles in {field}", JobLevel.Entry,
            $"Your {Headlines.StudyName(study)} qualifies you for entry roles in the same field.", facts.Skills.Take(5).ToList(), []);
    }

    private static PossibleJob Job(string title, JobLevel level, string why, IReadOnlyList<string> have, IReadOnlyList<string> build) => new()
    {
        Title = title,
        Level = level,
        WhyItFits = why,
        SkillsYouHave = [.. have],
        SkillsToBuild = [.. build],
    };

    private static JobLevel LevelOf(string title) =>
        new[] { "lead", "principal", "manager", "head", "staff" }.Any(w => SkillEvidence.Mentions(title, w)) ? JobLevel.Lead
        : SkillEvidence.Mentions(title, "senior") ? JobLevel.Senior
        : JobLevel.Mid;

}
