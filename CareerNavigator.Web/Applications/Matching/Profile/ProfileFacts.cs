using System.Globalization;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Occupations.Matching;

namespace CareerNavigator.Web.Applications.Matching.Profile;

/// <summary>
/// A user's records ready to be matched against requirements: every text of every record named for the explanation,
/// the ESCO skills those texts show (with their words) or the user confirmed, and the date experience runs to.
/// Built once per match; the requirements only read it.
/// </summary>
public sealed class ProfileFacts
{
    private const int OccupationsPerTitle = 3;
    private readonly Dictionary<string, List<MatchEvidence>> _skills = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _occupationsOfTitle = new(StringComparer.OrdinalIgnoreCase);

    public ProfileFacts(ProfileRecords records, OccupationIndex index, DateOnly today)
    {
        Records = records;
        Index = index;
        Today = today;
        Texts = [.. TextsOf(records)];

        var detected = index.DetectSkills(Texts.Select((t, i) => (i.ToString(CultureInfo.InvariantCulture), t.Text)));
        foreach (var skill in detected.Where(s => !records.SkillAnswers.TryGetValue(s.Uri, out var answer) || answer))
        {
            _skills[skill.Uri] = [.. skill.Evidence
                .Select(e => Texts[int.Parse(e.Source, CultureInfo.InvariantCulture)].Evidence(string.Join(' ', e.Words)))
                .DistinctBy(e => (e.Record, e.RecordId, e.Shows))];
        }
        foreach (var (uri, _) in records.SkillAnswers.Where(a => a.Value))
        {
            (_skills.TryGetValue(uri, out var list) ? list : _skills[uri] = [])
                .Add(new MatchEvidence(RecordKind.SkillAnswer, null, "Your answer on an occupation's page", "You said you have this skill."));
        }
    }

    public ProfileRecords Records { get; }
    public OccupationIndex Index { get; }
    public DateOnly Today { get; }

    /// <summary>Every text of every record, jobs first (newest first), then courses, education and the profile's skills.</summary>
    public IReadOnlyList<ProfileText> Texts { get; }

    /// <summary>Where the profile shows ESCO skill <paramref name="uri"/>; empty when it does not.</summary>
    public IReadOnlyList<MatchEvidence> SkillEvidence(string uri) => _skills.TryGetValue(uri, out var list) ? list : [];

    /// <summary>The ESCO occupations a job title may be (the best few the occupation search finds for it), read once per title.</summary>
    public IReadOnlySet<string> OccupationsOf(string title)
    {
        if (!_occupationsOfTitle.TryGetValue(title, out var uris))
        {
            uris = [.. Index.Search(title + " ", OccupationsPerTitle).Select(o => o.Uri)];
            _occupationsOfTitle[title] = uris;
        }
        return uris;
    }

    /// <summary>The records that say <paramref name="phrase"/> (its meaningful words in order, in any form), with their words.</summary>
    public IReadOnlyList<MatchEvidence> Saying(string phrase)
    {
        var stems = ProfileText.StemsOf(phrase);
        return [.. Texts.Select(t => (Text: t, Words: t.Saying(stems))).Where(t => t.Words is not null)
            .DistinctBy(t => (t.Text.Record, t.Text.RecordId)).Select(t => t.Text.Evidence(t.Words!))];
    }

    public static string JobName(JobExperience job) => $"{job.Position} at {job.CompanyName}";

    public static string EducationName(AcademicRecord record) =>
        string.Join(", ", new[] { string.Join(' ', new[] { record.Degree, record.FieldOfStudy }.Where(s => !string.IsNullOrWhiteSpace(s))), record.InstitutionName }
            .Where(s => !string.IsNullOrWhiteSpace(s)));

    private static IEnumerable<ProfileText> TextsOf(ProfileRecords records)
    {
        foreach (var job in records.Jobs.OrderByDescending(j => j.StartDate).ThenBy(j => j.Id))
        {
            var name = JobName(job);
            foreach (var text in new[] { job.Position, job.Description }.Concat(job.Achievements).Concat(job.SkillsUsed))
            {
                if (!string.IsNullOrWhiteSpace(text))
                {
                    yield return new ProfileText(RecordKind.Job, job.Id, name, text);
                }
            }
        }
        foreach (var course in records.Courses.OrderBy(c => c.Id))
        {
            foreach (var text in new[] { course.CourseName, course.Description }.Concat(course.SkillsLearned))
            {
                if (!string.IsNullOrWhiteSpace(text))
                {
                    yield return new ProfileText(RecordKind.Course, course.Id, course.CourseName, text);
                }
            }
        }
        foreach (var record in records.Education.OrderBy(e => e.Id))
        {
            var name = EducationName(record);
            foreach (var text in new[] { record.Degree, record.FieldOfStudy, record.Description })
            {
                if (!string.IsNullOrWhiteSpace(text))
                {
                    yield return new ProfileText(RecordKind.Education, record.Id, name, text);
                }
            }
        }
        foreach (var skill in records.Skills.Where(s => s.Confirmed).OrderBy(s => s.Id))
        {
            yield return new ProfileText(RecordKind.ProfileSkill, skill.Id, skill.Name, skill.Name);
        }
    }
}
