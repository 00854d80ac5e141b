using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Types.Cv;

namespace CareerNavigator.Web.Products.Types.CoverLetter;

/// <summary>
/// The built-in cover letter: who the person is now, then what the advert asks that their records show, each backed by
/// the record that shows it (skills by the job they were used in), the achievements of those jobs that speak to the
/// advert, and a closing. Only what the records and the application state; a requirement the records do not meet is
/// never claimed.
/// </summary>
internal static class CoverLetterBuilder
{
    private const int MaxJobsNamed = 3;
    private const int MaxAchievements = 2;
    public const string SignOff = "Kind regards";

    public static CoverLetterContent Build(ProfileFacts facts)
    {
        var brief = facts.Input.Application
                    ?? throw new InvalidOperationException("A cover letter is written for an application; the input names none.");
        CvBuilder.RequireRecords(facts, "A cover letter");
        var met = brief.Requirements.Where(r => r.Met).OrderBy(r => r.Required ? 0 : 1).ToList();

        var paragraphs = new List<string> { Opening(facts, brief) };
        // What the advert asks and the records show make one paragraph, the results another: a letter of short, full paragraphs.
        if (string.Join(' ', new[] { Skills(facts, met), OtherRequirements(met) }.OfType<string>()) is { Length: > 0 } fit)
        {
            paragraphs.Add(fit);
        }
        if (Achievements(facts, met) is { } results)
        {
            paragraphs.Add(results);
        }
        paragraphs.Add($"I would welcome the chance to talk about how my experience fits the {brief.JobTitle} role at {brief.Employer}. " +
                       "Thank you for considering my application.");

        return new CoverLetterContent
        {
            Sender = CvBuilder.Header(facts.Input) with { Headline = facts.Profile.Headline ?? Headlines.Headline(facts) },
            Employer = brief.Employer,
            JobTitle = brief.JobTitle,
            Greeting = string.IsNullOrWhiteSpace(brief.ContactName) ? $"Dear {brief.Employer} hiring team," : $"Dear {brief.ContactName.Trim()},",
            Paragraphs = [.. paragraphs.Take(CoverLetterRules.MaxParagraphs).Select(p => TextFit.Fit(p, CoverLetterRules.MaxParagraphLength))],
            SignOff = SignOff,
        };
    }

    private static string Opening(ProfileFacts facts, ApplicationBrief brief)
    {
        var place = string.IsNullOrWhiteSpace(brief.Location) ? "" : $" in {brief.Location}";
        var first = $"I am writing to apply for the {brief.JobTitle} position at {brief.Employer}{place}.";
        var now = facts.CurrentJob is { } current
            ? $" I currently work as {current.Position} at {current.CompanyName}, where I started in {current.StartDate.Year}."
            : facts.LatestJob is { } latest
                ? $" Most recently I worked as {latest.Position} at {latest.CompanyName}."
                : facts.LatestEducation is { } study
                    ? $" My most recent studies are {Headlines.StudyName(study)}."
                    : "";
        return first + now;
    }

    /// <summary>The advert's skills the records show: by the job that shows each (newest job first), then those shown elsewhere.</summary>
    private static string? Skills(ProfileFacts facts, IReadOnlyList<BriefRequirement> met)
    {
        var skills = met.Where(r => r.Kind == BriefRequirementKind.Skill).ToList();
        if (skills.Count == 0)
        {
            return facts.Skills.Count == 0 ? null : $"My strengths include {TextFit.JoinAnd(facts.Skills.Take(5))}.";
        }

        var sentences = new List<string>();
        var byJob = skills
            .Select(s => (Skill: s, Job: s.Evidence.FirstOrDefault(e => e.Record == BriefRecordKind.Job)))
            .Where(s => s.Job is not null)
            .GroupBy(s => s.Job!.RecordId)
            .OrderBy(g => JobRank(facts, g.Key))
            .ToList();
        foreach (var job in byJob.Take(MaxJobsNamed))
        {
            sentences.Add($"As {job.First().Job!.RecordName}, I worked with {TextFit.JoinAnd(job.Select(s => s.Skill.Label))}.");
        }

        var named = byJob.Take(MaxJobsNamed).SelectMany(g => g.Select(s => s.Skill)).ToHashSet();
        var elsewhere = skills.Where(s => !named.Contains(s)).ToList();
        if (elsewhere.Count > 0)
        {
            var courses = elsewhere.SelectMany(s => s.Evidence).Where(e => e.Record == BriefRecordKind.Course)
                .Select(e => e.RecordName).Distinct(StringComparer.OrdinalIgnoreCase).Take(2).ToList();
            var through = courses.Count > 0 ? $", built through {TextFit.JoinAnd(courses)}" : "";
            sentences.Add($"{(sentences.Count > 0 ? "I also bring" : "I bring")} {TextFit.JoinAnd(elsewhere.Select(s => s.Label))}{through}.");
        }
        return $"The advert asks for {TextFit.JoinAnd(skills.Take(4).Select(s => s.Label))}{(skills.Count > 4 ? " and more" : "")}, and my record shows " +
               $"{(skills.Count == 1 ? "it" : "them")}. " + string.Join(' ', sentences);
    }

    /// <summary>Experience, education, languages and licences the advert asks for and the records meet, each with its record.</summary>
    private static string? OtherRequirements(IReadOnlyList<BriefRequirement> met)
    {
        var sentences = new List<string>();
        foreach (var requirement in met.Where(r => r.Kind != BriefRequirementKind.Skill && r.Evidence.Count > 0))
        {
            var records = TextFit.JoinAnd(requirement.Evidence.Select(e => e.RecordName).Distinct(StringComparer.OrdinalIgnoreCase).Take(3));
            sentences.Add(requirement.Kind switch
            {
                BriefRequirementKind.Experience => $"The role asks for {TextFit.LowerFirst(requirement.Label)}, which my time as {records} covers.",
                BriefRequirementKind.Education => $"I hold {records}, which meets the advert's request for {TextFit.LowerFirst(requirement.Label)}.",
                BriefRequirementKind.Language => $"I speak {TextFit.JoinAnd(requirement.Evidence.Select(e => $"{e.RecordName} ({e.Shows})").Distinct().Take(3))}.",
                _ => $"I hold {records}, as the advert asks.",
            });
        }
        return sentences.Count == 0 ? null : string.Join(' ', sentences);
    }

    /// <summary>Achievements of the jobs that show a requirement, those naming a requirement's words first; as the user wrote them.</summary>
    private static string? Achievements(ProfileFacts facts, IReadOnlyList<BriefRequirement> met)
    {
        var jobIds = met.SelectMany(r => r.Evidence).Where(e => e.Record == BriefRecordKind.Job).Select(e => e.RecordId).ToHashSet();
        var words = met.SelectMany(r => r.Label.Split([' ', ',', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= 3).ToList();
        var chosen = facts.Jobs
            .Where(j => jobIds.Count == 0 || jobIds.Contains(j.Id))
            .SelectMany((job, rank) => job.Achievements.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => (Job: job, Text: a.Trim(), Rank: rank)))
            .OrderBy(a => words.Any(w => a.Text.Contains(w, StringComparison.OrdinalIgnoreCase)) ? 0 : 1)
            .ThenBy(a => a.Rank)
            .Take(MaxAchievements)
            .ToList();
        return chosen.Count == 0
            ? null
            : string.Join(' ', chosen.Select(a => $"At {a.Job.CompanyName}, a result I am proud of: {TextFit.LowerFirst(a.Text.TrimEnd('.'))}."));
    }

    private static int JobRank(ProfileFacts facts, int? jobId)
    {
        var index = facts.Jobs.ToList().FindIndex(j => j.Id == jobId);
        return index < 0 ? int.MaxValue : index;
    }
}
