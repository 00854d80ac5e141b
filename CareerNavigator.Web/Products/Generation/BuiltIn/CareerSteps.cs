using CareerNavigator.Web.Occupations;

namespace CareerNavigator.Web.Products.Generation.BuiltIn;

/// <summary>
/// Entry and next titles from ESCO's related occupations and ISCO-08 skill levels: an entry step needs a lower skill
/// level than the target (or is the target itself); a next step is a manager of the field (ISCO major group 1) or an
/// occupation whose title says seniority or specialism.
/// </summary>
internal static class CareerSteps
{
    private const int MaxTitles = 3;
    private static readonly string[] SeniorWords = ["senior", "lead", "head", "chief", "principal", "manager", "supervisor", "specialist", "advanced", "consultant", "director", "coordinator", "architect"];

    public static string[] Entry(OccupationDetails target, IEnumerable<RelatedOccupation> related) =>
        [Title(target.Title), .. related.Where(r => SkillLevel(r.IscoGroup) < SkillLevel(target.IscoGroup)).Take(MaxTitles - 1).Select(r => Title(r.Title))];

    public static string[] Next(OccupationDetails target, IEnumerable<RelatedOccupation> related) =>
        [.. related.Where(r => IsStepUp(target, r)).Take(MaxTitles).Select(r => Title(r.Title))];

    /// <summary>ISCO-08's skill levels by major group: managers and professionals 4 (managers 3–4), technicians 3, most others 2, elementary 1.</summary>
    public static int SkillLevel(string iscoGroup) => iscoGroup.FirstOrDefault() switch
    {
        '1' or '2' => 4,
        '3' => 3,
        '9' => 1,
        _ => 2,
    };

    public static string Title(string escoLabel) => escoLabel.Length == 0 ? escoLabel : char.ToUpperInvariant(escoLabel[0]) + escoLabel[1..];

    private static bool IsStepUp(OccupationDetails target, RelatedOccupation related) =>
        (related.IscoGroup.StartsWith('1') && !target.IscoGroup.StartsWith('1'))
        || (SkillLevel(related.IscoGroup) >= SkillLevel(target.IscoGroup)
            && SeniorWords.Any(w => ContainsWord(related.Title, w)) && !SeniorWords.Any(w => ContainsWord(target.Title, w)));

    private static bool ContainsWord(string title, string word) =>
        title.Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries).Any(t => t.Equals(word, StringComparison.OrdinalIgnoreCase));
}
