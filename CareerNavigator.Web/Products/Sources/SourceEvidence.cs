using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Generation;

namespace CareerNavigator.Web.Products.Sources;

/// <summary>
/// What a document's facts may be traced to: the user's records (profile, jobs, courses, education, confirmed skills,
/// the skills their records show for their goals), the facts they typed into a version or confirmed, and — for facts
/// about the job rather than the person (employer, title, numbers, dates) — the advert of the application the document
/// is written for. A skill is never traced to the advert: an advert asking for a skill is no evidence of having it.
/// </summary>
public sealed class SourceEvidence
{
    private readonly HashSet<string> _recordStems = new(StringComparer.Ordinal);
    private readonly HashSet<string> _advertStems = new(StringComparer.Ordinal);
    private readonly HashSet<string> _numbers = new(StringComparer.Ordinal);
    private readonly HashSet<int> _years = [];
    private readonly HashSet<string> _namedSkills = new(StringComparer.Ordinal);
    private readonly HashSet<string> _degreeLevels = new(StringComparer.Ordinal);
    private readonly HashSet<(ClaimKind, string)> _confirmed = [];

    public IReadOnlyList<JobExperience> Jobs { get; }
    public IReadOnlyList<AcademicRecord> Education { get; }

    private SourceEvidence(GenerationInput input, IEnumerable<(ClaimKind Kind, string Text)> confirmed)
    {
        Jobs = input.Jobs;
        Education = input.Education;
        foreach (var text in RecordTexts(input))
        {
            AddText(text, _recordStems);
        }
        foreach (var job in input.Jobs)
        {
            AddDate(job.StartDate);
            AddDate(job.EndDate);
        }
        foreach (var study in input.Education)
        {
            AddDate(study.StartDate);
            AddDate(study.EndDate);
            if (study.Gpa is { } gpa)
            {
                _numbers.Add(ClaimText.Number(gpa.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            _degreeLevels.UnionWith(DegreeLevels.Of(study.Degree));
        }
        foreach (var course in input.Courses)
        {
            AddDate(course.CompletionDate);
            if (course.DurationHours is { } hours)
            {
                _numbers.Add(ClaimText.Number(hours.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            _degreeLevels.UnionWith(DegreeLevels.Of(course.CourseName));
        }

        var listed = input.Jobs.SelectMany(j => j.SkillsUsed).Concat(input.Courses.SelectMany(c => c.SkillsLearned)).Concat(input.Skills);
        var shown = input.Targets.SelectMany(t => t.Gaps.Shown.Select(s => s.Label).Concat(t.RelatedFits.SelectMany(f => f.SkillsShown)));
        // What the advert match traced to one of the user's records is shown by that record.
        var matched = (input.Application?.Requirements ?? []).Where(r => r.Met && r.Evidence.Count > 0).Select(r => r.Label);
        foreach (var skill in listed.Concat(shown).Concat(matched))
        {
            _namedSkills.Add(SkillKey(skill));
        }

        if (input.Application is { } application)
        {
            foreach (var text in new[] { application.Employer, application.JobTitle, application.Location, application.AdvertText })
            {
                AddText(text, _advertStems);
            }
        }
        foreach (var (kind, text) in confirmed)
        {
            _confirmed.Add((kind, ClaimText.Normalize(text)));
        }
    }

    /// <summary>The evidence of <paramref name="input"/> and the facts the user typed or confirmed.</summary>
    public static SourceEvidence Of(GenerationInput input) => new(input, input.ConfirmedFacts);

    /// <summary>Whether <paramref name="claim"/> is traced to a source.</summary>
    public bool Traces(FoundClaim claim) =>
        claim.Mismatched ? _confirmed.Contains(claim.Key) : Traces(claim.Kind, claim.Text);

    public bool Traces(ClaimKind kind, string text)
    {
        if (_confirmed.Contains((kind, ClaimText.Normalize(text))))
        {
            return true;
        }
        return kind switch
        {
            ClaimKind.Skill => SupportsSkill(text),
            ClaimKind.Number => ClaimText.Numbers(text).All(n => _numbers.Contains(n)),
            ClaimKind.Date => ClaimText.Years(text).All(_years.Contains),
            ClaimKind.Degree => DegreeLevels.Of(text).All(_degreeLevels.Contains) && SubjectIn(DegreeLevels.WithoutLevelWords(text)),
            ClaimKind.School or ClaimKind.Award => WordsIn(text, _recordStems),
            _ => WordsIn(text, _recordStems) || WordsIn(text, _advertStems),
        };
    }

    /// <summary>A skill the records name, or whose every word the records use (the meaning, not the exact label).</summary>
    public bool SupportsSkill(string skill) =>
        _confirmed.Contains((ClaimKind.Skill, ClaimText.Normalize(skill))) || _namedSkills.Contains(SkillKey(skill)) || WordsIn(skill, _recordStems);

    /// <summary>A degree's subject, when it names one, is in the records ("in Astrophysics").</summary>
    private bool SubjectIn(string subject) => ClaimText.Stems(subject).All(_recordStems.Contains);

    private static bool WordsIn(string text, HashSet<string> stems)
    {
        var words = ClaimText.Stems(text);
        return words.Count > 0 && words.All(stems.Contains);
    }

    private void AddText(string? text, HashSet<string> stems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }
        stems.UnionWith(ClaimText.Stems(text));
        _numbers.UnionWith(ClaimText.Numbers(text));
        _years.UnionWith(ClaimText.Years(text));
    }

    private void AddDate(DateOnly? date)
    {
        if (date is { } day)
        {
            _years.Add(day.Year);
        }
    }

    private static string SkillKey(string skill) => string.Join(' ', ClaimText.Stems(skill).Order(StringComparer.Ordinal));

    private static IEnumerable<string?> RecordTexts(GenerationInput input) =>
        new[] { input.Profile.CvContent, input.Profile.Headline, input.Profile.Summary, input.Profile.CurrentLocation }
            .Concat(input.Jobs.SelectMany(j => new[] { j.CompanyName, j.Position, j.Location, j.Description }.Concat(j.Achievements).Concat(j.SkillsUsed)))
            .Concat(input.Courses.SelectMany(c => new[] { c.CourseName, c.Institution, c.Provider, c.Description }.Concat(c.SkillsLearned)))
            .Concat(input.Education.SelectMany(e => new[] { e.InstitutionName, e.Degree, e.FieldOfStudy, e.Location, e.Honors, e.Description }))
            .Concat(input.Skills);
}
