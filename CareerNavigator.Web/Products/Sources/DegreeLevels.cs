using System.Text.RegularExpressions;

namespace CareerNavigator.Web.Products.Sources;

/// <summary>
/// The level a degree names (bachelor, master, doctorate, MBA, diploma, associate), however it is written, so "MSc
/// Astrophysics" and "Master of Science in Astrophysics" meet while a bachelor's never becomes a master's.
/// </summary>
internal static partial class DegreeLevels
{
    public static IEnumerable<string> Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }
        foreach (Match match in LevelPattern().Matches(text))
        {
            yield return Level(match.Value);
        }
    }

    /// <summary>The degree's subject words: <paramref name="text"/> without its level and the words every degree shares.</summary>
    public static string WithoutLevelWords(string text) => GenericWords().Replace(LevelPattern().Replace(text, " "), " ");

    private static string Level(string written) => written.Replace(".", "", StringComparison.Ordinal).ToLowerInvariant() switch
    {
        "bachelor" or "bachelors" or "bachelor's" or "bsc" or "ba" or "beng" or "bs" or "llb" => "bachelor",
        "master" or "masters" or "master's" or "msc" or "ma" or "meng" or "ms" or "mphil" or "llm" => "master",
        "mba" => "mba",
        "phd" or "doctorate" or "doctoral" or "dphil" => "doctorate",
        "associate" or "associate's" => "associate",
        _ => "diploma",
    };

    [GeneratedRegex(@"\b(?:Bachelor(?:'s|s)?|Master(?:'s|s)?|B\.?Sc|B\.?A|B\.?Eng|B\.?S|LL\.?B|M\.?Sc|M\.?A|M\.?Eng|M\.?S|M\.?Phil|LL\.?M|MBA|Ph\.?D|D\.?Phil|Doctorate|Doctoral|Associate(?:'s)?|Diploma|HND)\b\.?", RegexOptions.CultureInvariant)]
    public static partial Regex LevelPattern();

    [GeneratedRegex(@"\b(?:degree|of|in|science|sciences|arts|engineering|philosophy|laws|honou?rs|hons|with|first|class|the|a|an)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenericWords();
}
