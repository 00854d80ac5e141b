using System.Text.RegularExpressions;
using CareerNavigator.Web.Occupations.Matching;

namespace CareerNavigator.Web.Products.Sources;

/// <summary>How the source check compares words: the matcher's stems without stop words, numbers as digits.</summary>
internal static partial class ClaimText
{
    public static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <summary>The meaning-bearing stems of <paramref name="text"/> ("Senior Data Analysts" → senior, data, analyst).</summary>
    public static HashSet<string> Stems(string? text) => string.IsNullOrWhiteSpace(text)
        ? []
        : [.. MatchText.Words(text).Select(w => w.Stem).Where(s => !MatchText.StopWords.Contains(s))];

    /// <summary>The numbers of <paramref name="text"/> as plain digits ("€2,500" → 2500, "37.5%" → 37.5), years included.</summary>
    public static IEnumerable<string> Numbers(string? text) => string.IsNullOrEmpty(text)
        ? []
        : NumberPattern().Matches(text).Select(m => Number(m.Groups["n"].Value));

    /// <summary>The years 1950–2099 <paramref name="text"/> names.</summary>
    public static IEnumerable<int> Years(string? text) => string.IsNullOrEmpty(text)
        ? []
        : YearPattern().Matches(text).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>One number written one way: thousands separators dropped, a decimal comma made a point, no trailing zeros.</summary>
    public static string Number(string written)
    {
        var digits = written.Replace(" ", "", StringComparison.Ordinal);
        // "2,500" and "2.500" group thousands; "2,5" and "37.5" have decimals.
        digits = GroupedThousands().IsMatch(digits) ? digits.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal) : digits.Replace(',', '.');
        return digits.Contains('.', StringComparison.Ordinal) ? digits.TrimEnd('0').TrimEnd('.') : digits;
    }

    /// <summary>A number standing on its own: not inside a word ("B2", "Python3", "4G"), with an optional decimal part and an optional "k", "m", "bn" or "x".</summary>
    [GeneratedRegex(@"(?<![\p{L}\d.,])(?<n>\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?)(?:[kKmMxX]|bn)?(?![\p{L}\d]|[.,]\d)", RegexOptions.CultureInvariant)]
    public static partial Regex NumberPattern();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:19[5-9]\d|20\d\d)(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    public static partial Regex YearPattern();

    [GeneratedRegex(@"^\d{1,3}(?:[.,]\d{3})+$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupedThousands();
}
