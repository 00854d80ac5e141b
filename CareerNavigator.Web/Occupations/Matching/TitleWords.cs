namespace CareerNavigator.Web.Occupations.Matching;

/// <summary>
/// A meaning-bearing word of a title: as typed (for the evidence), normalised (for prefixes), stemmed, whether it
/// came from a short form ("RN"), and whether it names the role (the last word before "at", "in", "of"…).
/// </summary>
internal readonly record struct TitleWord(string Typed, string Normalized, string Stem, bool FromShortForm, bool IsHead);

internal static class TitleWords
{
    /// <summary>
    /// The words of a title or an occupation label that say which occupation it is: short forms expanded, stop words,
    /// rank words and bare numbers ("Class 1") left out, each stem once.
    /// </summary>
    public static List<TitleWord> Of(string text, int maxWords)
    {
        var words = new List<TitleWord>();
        var roleEnded = false;
        var headIndex = -1;
        foreach (var word in MatchText.Words(text, maxWords * 2))
        {
            var normalized = MatchText.Normalize(word.Text);
            roleEnded |= HeadEnders.Contains(normalized) || (word.Segment > 0 && headIndex >= 0);
            var expansion = TitleAbbreviations.Expand(normalized);
            foreach (var expanded in expansion)
            {
                var stem = MatchText.Stem(expanded);
                if (!MatchText.StopWords.Contains(expanded) && !TitleAbbreviations.RankWords.Contains(expanded)
                    && !expanded.All(char.IsDigit) && words.TrueForAll(w => w.Stem != stem) && words.Count < maxWords)
                {
                    words.Add(new TitleWord(word.Text, expanded, stem, expansion[0] != normalized, IsHead: false));
                    headIndex = roleEnded ? headIndex : words.Count - 1;
                }
            }
        }
        if (words.Count > 0)
        {
            headIndex = headIndex >= 0 ? headIndex : words.Count - 1;
            words[headIndex] = words[headIndex] with { IsHead = true };
        }
        return words;
    }

    /// <summary>Words after which a title says where or what about, not which role ("teacher at a school", "head of kitchen").</summary>
    private static readonly IReadOnlySet<string> HeadEnders = new HashSet<string>(StringComparer.Ordinal)
    {
        "at", "in", "of", "for", "with", "on", "from", "within",
    };
}
