using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products.Types.PossibleJobs;

namespace CareerNavigator.Web.Products.Types.PossibleJobs;

/// <summary>Jobs that follow from the user's experience, skills and goals, each with the reason and the skills on both sides.</summary>
internal static class JobSuggester
{
    private const int MaxJobs = 8;

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
        var jobs = new List<PossibleJob>();
        if (facts.Role is { } role)
        {
            jobs.AddRange(role.NextTitles.Take(2).Select(title => Job(title, LevelOf(title),
                $"Your goals aim at {role.Field}{Since(facts)}; you already show {Listed(facts.SkillsFor(role))}.",
                facts.SkillsFor(role), facts.GapsFor(role))));
        }
        if (facts.CurrentJob is { } current)
        {
            jobs.Add(Job(current.Position, LevelOf(current.Position),
                $"You do this work at {current.CompanyName} now; the same role elsewhere in {words.Places} builds on it directly and can bring a wider scope.",
                current.SkillsUsed, []));
        }
        foreach (var other in facts.Roles.Skip(1).Take(2))
        {
            if (other.NextTitles.FirstOrDefault() is { } title)
            {
                jobs.Add(Job(title, LevelOf(title), $"Your goals also mention {other.Field}; it is the other track open to you.", facts.SkillsFor(other), facts.GapsFor(other)));
            }
        }
        return jobs;
    }

    private static List<PossibleJob> Change(ProfileFacts facts, PlanWords words)
    {
        var jobs = new List<PossibleJob>();
        if (facts.Role is { } role)
        {
            var background = facts.CurrentJob ?? facts.LatestJob;
            var brings = background is null ? "" : $" Your years as {background.Position} add knowledge few applicants have{(words.Sectors is { } s ? $", valued at {s}" : "")}.";
            jobs.AddRange(role.EntryTitles.Take(2).Select(title => Job(title, JobLevel.Entry,
                $"Your goals point to {role.Field}, and you already show {Listed(facts.SkillsFor(role))}.{brings}",
                facts.SkillsFor(role), facts.GapsFor(role))));
            if (role.NextTitles.FirstOrDefault() is { } next)
            {
                jobs.Add(Job(next, JobLevel.Mid, $"The usual step after a first year in {role.Field}; your earlier career can shorten the way there.", facts.SkillsFor(role), facts.GapsFor(role)));
            }
        }
        return jobs;
    }

    private static List<PossibleJob> Entry(ProfileFacts facts, PlanWords words)
    {
        var jobs = new List<PossibleJob>();
        if (facts.Role is { } role)
        {
            var study = facts.LatestEducation is { } s ? $"Your {Headlines.StudyName(s)} prepares you for it" : "It is the usual first step";
            var licence = words.Prerequisite is { } exam ? $", once you pass {exam}" : "";
            jobs.AddRange(role.EntryTitles.Take(2).Select(title => Job(title, JobLevel.Entry,
                $"Your goal is to work as {Headlines.Article(role.Name)}. {study}{licence}.", facts.SkillsFor(role), facts.GapsFor(role))));
        }
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
        var jobs = facts.Roles.Select(role => Job(role.EntryTitles.FirstOrDefault() ?? role.Name, JobLevel.Entry,
            $"You mentioned {role.Field} in your goals. {(facts.SkillsFor(role).Count > 0 ? $"You already show {Listed(facts.SkillsFor(role))}." : "Its skills can be learned on the job or in a short course.")}",
            facts.SkillsFor(role), facts.GapsFor(role))).ToList();
        if (facts.LatestJob is { } job)
        {
            jobs.Add(Job(job.Position, JobLevel.Entry, $"You have done this work at {job.CompanyName}; it pays while you explore and shows employers you are reliable.", job.SkillsUsed, []));
        }
        return jobs;
    }

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

    private static string Since(ProfileFacts facts) => facts.FirstWorkYear is { } year ? $" and you have worked since {year}" : "";

    private static string Listed(IReadOnlyList<string> skills) => skills.Count > 0 ? TextFit.JoinAnd(skills) : "a base to build on";
}
