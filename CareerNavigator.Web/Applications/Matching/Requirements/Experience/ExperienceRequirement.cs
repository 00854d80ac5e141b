using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Applications.Matching.Profile;

namespace CareerNavigator.Web.Applications.Matching.Requirements.Experience;

/// <summary>
/// What experience is in: the advert's words ("customer service") and the ESCO occupation they name, if they name one
/// ("a data analyst role" is ESCO's data analyst). A job counts when its title is that occupation or it says those words.
/// The advert's words are what is shown: a title may be a label of more than one occupation.
/// </summary>
public sealed record ExperienceSubject(string Words, string? OccupationUri = null, string? OccupationTitle = null);

/// <summary>
/// Experience asked for: a number of years ("2+ years of experience in a data analyst role"), in a role or sector
/// ("Experience in retail or FMCG"), or both. Subjects are alternatives; none means any paid work.
/// </summary>
public sealed record ExperienceRequirement(
    Importance Importance, AdvertQuote Quote, AdvertQuote Context, int? Years, IReadOnlyList<ExperienceSubject> Subjects)
    : AdvertRequirement(Importance, Quote, Context)
{
    private static readonly IReadOnlyList<RecordKind> AddAs = [RecordKind.Job];

    public override RequirementKind Kind => RequirementKind.Experience;

    public override string Label => (Years is { } years ? $"{YearsWords(years)} of experience" : "Experience")
                                    + (Subjects.Count == 0 ? ""
                                        : Subjects.All(s => s.OccupationUri is not null) ? " as " + string.Join(" or ", Subjects.Select(s => Article(s.Words)))
                                        : " in " + SubjectWords);

    private static string Article(string title) => ("aeiou".Contains(char.ToLowerInvariant(title[0])) ? "an " : "a ") + title;

    public override string Identity => $"experience:{Years}:" + string.Join('|', Subjects.Select(s => s.OccupationUri ?? s.Words.ToLowerInvariant()));

    private string SubjectWords => string.Join(" or ", Subjects.Select(s => s.Words));

    public override RequirementOutcome MatchAgainst(ProfileFacts profile)
    {
        var jobs = profile.Records.Jobs.Where(job => Subjects.Count == 0 || Subjects.Any(s => JobShows(profile, job, s))).ToList();
        var months = JobMonths.Total(jobs, profile.Today);
        if (jobs.Count > 0 && months >= (Years ?? 0) * 12)
        {
            return RequirementOutcome.Shown(this, [.. jobs.OrderByDescending(j => j.StartDate).Select(j => Evidence(j, profile.Today))], AddAs);
        }

        var what = Subjects.Count > 0 ? $"experience in {SubjectWords}" : "paid work";
        if (jobs.Count == 0)
        {
            return RequirementOutcome.Missing(this, $"None of your jobs shows {what}.",
                [Subjects.Count > 0
                    ? $"If one of your jobs was in {SubjectWords}, add it to your profile, or say so in its title or description."
                    : "If you have worked, add your jobs to your profile.",
                 "If you have related experience, name it in your application and say how it compares."],
                AddAs);
        }
        return RequirementOutcome.Missing(this,
            $"Your jobs show {JobMonths.Words(months)} of {what}; the advert asks for {YearsWords(Years!.Value)}.",
            ["If a job is missing from your profile, or a job's dates are not complete, add or correct it.",
             $"Otherwise you are {JobMonths.Words(Years.Value * 12 - months)} short: say in your application what you did in that time that comes close."],
            AddAs);
    }

    private static bool JobShows(ProfileFacts profile, JobExperience job, ExperienceSubject subject)
    {
        if (subject.OccupationUri is { } uri && profile.OccupationsOf(job.Position).Contains(uri))
        {
            return true;
        }
        var stems = ExperienceWords.Meaningful(subject.Words);
        if (stems.Count == 0)
        {
            return false;
        }
        var jobStems = profile.Texts.Where(t => t.Record == RecordKind.Job && t.RecordId == job.Id)
            .SelectMany(t => t.Stems).Concat(ProfileText.StemsOf(job.CompanyName)).ToHashSet(StringComparer.Ordinal);
        return stems.All(jobStems.Contains);
    }

    private static MatchEvidence Evidence(JobExperience job, DateOnly today) =>
        new(RecordKind.Job, job.Id, ProfileFacts.JobName(job), $"{JobMonths.Period(job)}, {JobMonths.Words(JobMonths.Total([job], today))}", Quoted: false);

    private static string YearsWords(int years) => years == 1 ? "1 year" : $"{years} years";
}
