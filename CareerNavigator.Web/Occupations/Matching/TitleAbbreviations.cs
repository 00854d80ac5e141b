namespace CareerNavigator.Web.Occupations.Matching;

/// <summary>
/// The short forms people write in job titles, and the few words of a title that say rank rather than occupation.
/// Applied to ESCO's occupation labels and to typed titles alike ("IT project manager" and "ICT project manager"
/// become one). Kept small on purpose: a short form belongs here only when it means one thing in a title.
/// </summary>
internal static class TitleAbbreviations
{
    private static readonly Dictionary<string, string[]> Expansions = new(StringComparer.Ordinal)
    {
        ["sr"] = ["senior"], ["snr"] = ["senior"], ["jr"] = ["junior"], ["jnr"] = ["junior"],
        ["rn"] = ["nurse"], ["gp"] = ["general", "practitioner"], ["hca"] = ["healthcare", "assistant"],
        ["icu"] = ["intensive", "care"], ["hgv"] = ["heavy", "goods", "vehicle"], ["lgv"] = ["large", "goods", "vehicle"],
        ["it"] = ["ict"], ["hr"] = ["human", "resources"], ["ux"] = ["user", "experience"], ["ui"] = ["user", "interface"],
        ["qa"] = ["quality", "assurance"], ["dev"] = ["developer"], ["devs"] = ["developer"], ["mgr"] = ["manager"],
        ["eng"] = ["engineer"], ["engr"] = ["engineer"], ["asst"] = ["assistant"], ["admin"] = ["administrator"],
        ["sysadmin"] = ["system", "administrator"], ["maths"] = ["mathematics"], ["math"] = ["mathematics"],
    };

    /// <summary>Rank and contract words: they say how senior or how employed, not which occupation.</summary>
    public static readonly IReadOnlySet<string> RankWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "senior", "junior", "trainee", "graduate", "qualified", "experienced", "entry", "level", "part", "full", "time",
        "temporary", "permanent", "contract", "freelance", "remote",
    };

    /// <summary>The words a typed word stands for (itself when it is no short form), normalised, not stemmed.</summary>
    public static IReadOnlyList<string> Expand(string normalizedWord) =>
        Expansions.TryGetValue(normalizedWord, out var words) ? words : [normalizedWord];
}
