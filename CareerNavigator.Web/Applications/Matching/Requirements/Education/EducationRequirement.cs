using CareerNavigator.Web.Applications.Matching.Profile;

namespace CareerNavigator.Web.Applications.Matching.Requirements.Education;

/// <summary>
/// Education asked for: a level (the lowest of the alternatives: "Degree or diploma" is a diploma; null for "a
/// qualification in tourism") and the fields it may be in (empty: any), as the advert words them.
/// </summary>
public sealed record EducationRequirement(
    Importance Importance, AdvertQuote Quote, AdvertQuote Context, EducationLevel? Level, IReadOnlyList<string> Fields)
    : AdvertRequirement(Importance, Quote, Context)
{
    private static readonly IReadOnlyList<RecordKind> AddAs = [RecordKind.Education, RecordKind.Course];

    public override RequirementKind Kind => RequirementKind.Education;

    public override string Label
    {
        get
        {
            var what = Level is { } level ? EducationLevels.Words(level) : "a qualification";
            return Capitalised(Fields.Count > 0 ? $"{what} in {string.Join(" or ", Fields)}" : what);
        }
    }

    public override string Identity => $"education:{Level}:" + string.Join('|', Fields.Select(f => f.ToLowerInvariant()));

    public override RequirementOutcome MatchAgainst(ProfileFacts profile)
    {
        var fieldStems = Fields.Select(ProfileText.StemsOf).Where(s => s.Length > 0).ToList();
        bool InField(ProfileText text) => fieldStems.Count == 0 || fieldStems.Exists(text.HasAll);

        var records = profile.Records.Education
            .Select(e => (Record: e, Level: EducationLevels.Of($"{e.Degree} {e.FieldOfStudy}"),
                Texts: profile.Texts.Where(t => t.Record == RecordKind.Education && t.RecordId == e.Id).ToList()))
            .ToList();
        var meeting = records.Where(r => (Level is null || r.Level >= Level) && r.Texts.Exists(InField)).ToList();
        // A qualification of no stated level may be a course or certificate.
        var courses = Level is null && fieldStems.Count > 0
            ? profile.Texts.Where(t => t.Record == RecordKind.Course && InField(t)).DistinctBy(t => t.RecordId).ToList()
            : [];
        if (meeting.Count > 0 || courses.Count > 0)
        {
            return RequirementOutcome.Shown(this,
                [.. meeting.Select(r => new MatchEvidence(RecordKind.Education, r.Record.Id, ProfileFacts.EducationName(r.Record),
                        string.Join(' ', new[] { r.Record.Degree, r.Record.FieldOfStudy }.Where(s => !string.IsNullOrWhiteSpace(s))))),
                 .. courses.Select(t => t.Evidence())],
                AddAs);
        }

        var leveled = records.Where(r => r.Level is not null).ToList();
        var shortfall = leveled.Count == 0
            ? records.Count == 0 ? "Your profile lists no education." : "None of your education records names a level we recognise."
            : leveled.MaxBy(r => r.Level) is var highest && highest.Level >= (Level ?? EducationLevel.Secondary)
                ? $"Your {ProfileFacts.EducationName(highest.Record)} is not in {string.Join(" or ", Fields)}."
                : $"Your highest is {EducationLevels.Words(highest.Level!.Value)} ({ProfileFacts.EducationName(highest.Record)}).";
        return RequirementOutcome.Missing(this, shortfall,
            [$"If you have {Uncapitalised(Label)}, add it to your education.",
             "If you have equivalent experience or training, say so in your application: many employers accept it."],
            AddAs);
    }

    private static string Uncapitalised(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
