using System.Text.RegularExpressions;
using CareerNavigator.Web.Applications.Matching.Profile;
using CareerNavigator.Web.Occupations.Matching;

namespace CareerNavigator.Web.Applications.Matching.Requirements.Licences;

/// <summary>
/// A licence, registration, card or certificate the advert asks for: a driving licence of a category
/// (<see cref="DrivingCategory"/>), or one named by the advert (<see cref="Names"/>, alternatives: "ACCA or AAT").
/// </summary>
public sealed partial record LicenceRequirement(
    Importance Importance, AdvertQuote Quote, AdvertQuote Context, string Name, IReadOnlyList<string> Names, string? DrivingCategory)
    : AdvertRequirement(Importance, Quote, Context)
{
    private static readonly IReadOnlyList<RecordKind> AddAs = [RecordKind.Course, RecordKind.ProfileSkill];

    /// <summary>Words every licence has, which say nothing about which one it is.</summary>
    private static readonly HashSet<string> GenericStems = [.. new[]
    {
        "certificate", "certification", "certified", "licence", "license", "licensed", "card", "registration", "registered",
        "qualification", "qualified", "status", "valid", "current", "full", "uk", "holder", "ticket", "check", "clean",
        "enhanced", "accreditation", "accredited", "membership", "member", "part", "studying", "towards",
    }.Select(MatchText.Stem)];

    public override RequirementKind Kind => RequirementKind.Licence;

    public override string Label => DrivingCategory is { } category ? $"Driving licence, category {category}" : Name;

    public override string Identity => DrivingCategory is { } category ? "driving:" + category : "licence:" + string.Join('|', Names.Select(KeyOf));

    public override RequirementOutcome MatchAgainst(ProfileFacts profile)
    {
        // A job shows a licence when it says it holds one ("HGV licence held"), not when it names what the licence is for.
        var texts = profile.Texts.Where(t => t.Record is RecordKind.Course or RecordKind.ProfileSkill or RecordKind.Education
                                             || (t.Record == RecordKind.Job && LicenceWords().IsMatch(t.Text))).ToList();
        if (DrivingCategory is { } asked)
        {
            var licences = texts.Where(t => DrivingLicence().IsMatch(t.Text) && DrivingLicences.IsDriving(t.Text))
                .Select(t => (Text: t, Categories: DrivingLicences.CategoriesIn(t.Text))).ToList();
            var covering = licences.Where(l => l.Categories.Any(held => DrivingLicences.Covers(held, asked))).ToList();
            if (covering.Count > 0)
            {
                return RequirementOutcome.Shown(this, [.. covering.Select(l => l.Text.Evidence()).DistinctBy(e => (e.Record, e.RecordId))], AddAs);
            }
            var held = licences.SelectMany(l => l.Categories).Distinct().ToList();
            return RequirementOutcome.Missing(this,
                held.Count > 0
                    ? $"Your profile shows a driving licence of category {string.Join(", ", held)}; the advert asks for category {asked}."
                    : "Your profile shows no driving licence.",
                [$"If you hold a category {asked} licence, add it to your profile skills (for example “Driving licence category {asked}”).",
                 $"Otherwise, a category {asked} licence takes training and tests: look for an accredited school near you."],
                [RecordKind.ProfileSkill, RecordKind.Course]);
        }

        var shown = Names.SelectMany(name =>
        {
            var key = ProfileText.StemsOf(name).Where(s => !GenericStems.Contains(s)).ToArray();
            return texts.Where(t => key.Length > 0 && t.HasAll(key));
        }).DistinctBy(t => (t.Record, t.RecordId)).ToList();
        if (shown.Count > 0)
        {
            return RequirementOutcome.Shown(this, [.. shown.Select(t => t.Evidence())], AddAs);
        }
        return RequirementOutcome.Missing(this, $"Your profile shows no {string.Join(" or ", Names)}.",
            ["If you hold it, add it to your courses and certificates.",
             $"Otherwise, find out how to get the {Name}: the body that awards it lists accredited courses."],
            AddAs);
    }

    private static string KeyOf(string name) => string.Join(' ', ProfileText.StemsOf(name).Where(s => !GenericStems.Contains(s)));

    [GeneratedRegex(@"\blicen[cs]e\b", RegexOptions.IgnoreCase)]
    private static partial Regex DrivingLicence();

    [GeneratedRegex(@"\b(?:licen[cs]ed?|certificate|certified|card|registration|registered|qualified|qualification)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LicenceWords();
}
