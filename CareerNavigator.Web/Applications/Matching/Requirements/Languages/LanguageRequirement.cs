using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Applications.Matching.Profile;

namespace CareerNavigator.Web.Applications.Matching.Requirements.Languages;

/// <summary>A language at a level (CEFR A1–C2 or native; null when the advert names none). Alternatives: any one will do.</summary>
public sealed record LanguageAsked(string Language, string? Level);

/// <summary>A language the advert asks for ("German at B2 level or higher"), or one of several ("French or Italian").</summary>
public sealed record LanguageRequirement(Importance Importance, AdvertQuote Quote, AdvertQuote Context, IReadOnlyList<LanguageAsked> Alternatives)
    : AdvertRequirement(Importance, Quote, Context)
{
    private static readonly IReadOnlyList<RecordKind> AddAs = [RecordKind.Language];

    public override RequirementKind Kind => RequirementKind.Language;

    public override string Label => string.Join(" or ", Alternatives.Select(a => a.Language))
                                    + (Alternatives.Select(a => a.Level).Distinct().SingleOrDefault() is { } level ? $" ({LevelWords(level)})" : "");

    public override string Identity => "language:" + string.Join('|', Alternatives.Select(a => a.Language).Order(StringComparer.Ordinal));

    public override RequirementOutcome MatchAgainst(ProfileFacts profile)
    {
        var held = Alternatives
            .SelectMany(asked => profile.Records.Languages.Where(l => LanguageNames.Names(l.Language, asked.Language)).Select(l => (Asked: asked, Held: l)))
            .ToList();
        var meeting = held.Where(h => Rank(h.Held.Proficiency) >= Rank(h.Asked.Level)).ToList();
        if (meeting.Count > 0)
        {
            return RequirementOutcome.Shown(this, [.. meeting.Select(h => Evidence(h.Held))], AddAs);
        }

        if (held.Count > 0)
        {
            var closest = held.MaxBy(h => Rank(h.Held.Proficiency));
            var exam = Exams.GetValueOrDefault(closest.Asked.Language, "a recognised CEFR exam");
            return RequirementOutcome.Missing(this,
                $"Your profile has {closest.Held.Language} at {Held(closest.Held.Proficiency)}; the advert asks for {LevelWords(closest.Asked.Level!)}.",
                [$"Reach {closest.Asked.Level} in {closest.Asked.Language}: a course at that level, then {exam} to show it.",
                 $"If your {closest.Asked.Language} is already at {closest.Asked.Level}, update its level in your profile."],
                AddAs);
        }
        var first = Alternatives[0];
        return RequirementOutcome.Missing(this,
            $"Your profile lists no {string.Join(" or ", Alternatives.Select(a => a.Language))}.",
            [first.Level is { } asked
                ? $"Learn {first.Language} to {asked}: a course, then {Exams.GetValueOrDefault(first.Language, "a recognised CEFR exam")} to show it."
                : $"Learn {first.Language}: even a basic level may count; name it in your application.",
             $"If you speak {first.Language}, add it to your profile's languages with its level."],
            AddAs);
    }

    /// <summary>Where a level stands: A1 = 1 … C2 = 6, native = 7; no level asked = 0, met by any.</summary>
    public static int Rank(string? level) => level is null ? 0
        : level.Equals("native", StringComparison.OrdinalIgnoreCase) ? 7
        : LanguageSkill.Levels.ToList().IndexOf(level.ToUpperInvariant()) + 1;

    private static string LevelWords(string level) =>
        level.Equals("native", StringComparison.OrdinalIgnoreCase) ? "native level" : $"{level} or above";

    private static string Held(string level) => level.Equals("native", StringComparison.OrdinalIgnoreCase) ? "native level" : level;

    private static MatchEvidence Evidence(LanguageSkill language) =>
        new(RecordKind.Language, null, language.Language, Held(language.Proficiency), Quoted: false);

    /// <summary>Widely recognised exams that certify a CEFR level, for the advice on a missing level.</summary>
    private static readonly Dictionary<string, string> Exams = new(StringComparer.Ordinal)
    {
        ["English"] = "IELTS or a Cambridge English exam",
        ["German"] = "a Goethe-Zertifikat or telc exam",
        ["French"] = "the DELF or DALF",
        ["Spanish"] = "the DELE or SIELE",
        ["Italian"] = "the CILS or CELI",
        ["Portuguese"] = "a CAPLE exam",
    };
}
