using System.Text.RegularExpressions;

namespace CareerNavigator.Web.Applications.Matching.Requirements.Licences;

/// <summary>
/// Driving licence categories as adverts and profiles write them: "Category C+E", "Cat C", "(Category B)", "C1",
/// "Class 1" (CE in the UK), "Class 2" and "HGV"/"LGV" (C), "PCV" (D); a driving licence of no stated category is a
/// car licence (B). Every other category includes B; CE includes C and C1, C includes C1, D includes D1.
/// </summary>
internal static partial class DrivingLicences
{
    public const string Car = "B";

    /// <summary>Whether this text is about a driving licence (not a forklift licence or a software licence).</summary>
    public static bool IsDriving(string window) => DrivingWords().IsMatch(window);

    /// <summary>The categories a text names; a driving licence without one is a car licence.</summary>
    public static IReadOnlyList<string> CategoriesIn(string text)
    {
        var categories = CategoryWords().Matches(text).Select(m => Normal(m)).Where(c => c is not null).Select(c => c!).Distinct().ToList();
        return categories.Count > 0 ? categories : [Car];
    }

    public static bool Covers(string held, string asked) =>
        held == asked
        || asked == Car
        || (held == "CE" && asked is "C" or "C1" or "C1E")
        || (held == "C" && asked == "C1")
        || (held == "D" && asked == "D1");

    private static string? Normal(Match m)
    {
        if (m.Groups["class"].Success)
        {
            return m.Groups["class"].Value == "1" ? "CE" : "C";
        }
        if (m.Groups["heavy"].Success)
        {
            return m.Groups["heavy"].Value.Equals("PCV", StringComparison.OrdinalIgnoreCase) ? "D" : "C";
        }
        var code = string.Concat(m.Groups["cat"].Value.ToUpperInvariant().Where(c => c != '+' && !char.IsWhiteSpace(c)));
        return code.Length > 0 ? code : null;
    }

    [GeneratedRegex(@"\b(?:driving|driver'?s?|drive|category|cat\.?|class\s*[12]|HGV|LGV|PCV|C\s*\+\s*E)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DrivingWords();

    [GeneratedRegex(@"\b(?:(?:category|cat\.?)\s*(?<cat>(?:B|BE|C1E|C1|C|CE|D1|D|DE)(?:\s*\+\s*E)?)(?![\p{L}\d])|(?<cat>C\s*\+\s*E|C1\s*\+\s*E|CE|C1|D1)(?![\p{L}\d])|class\s*(?<class>[12])\b|(?<heavy>HGV|LGV|PCV)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CategoryWords();
}
