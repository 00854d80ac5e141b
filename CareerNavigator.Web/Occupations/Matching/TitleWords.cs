namespace CareerNavigator.Web.Occupations.Matching;

/// <summary>A meaning-bearing word of a title: as typed (for the evidence), normalised (for prefixes) and stemmed.</summary>
internal readonly record struct TitleWord(string Typed, string Normalized, string Stem);

internal static class TitleWords
{
    /// <summary>
    /// The words of a title or an occupation label that say which occupation it is: short forms expanded, stop words,
    /// rank words and bare numbers ("Class 1") left out, each stem once.
    /// </summary>
    public static List<TitleWord> Of(string text, int maxWords)
    {
        var words = new List<TitleWord>();
        foreach (var word in MatchText.Words(text, maxWords * 2))
        {
            foreach (var expanded in TitleAbbreviations.Expand(MatchText.Normalize(word.Text)))
            {
                var stem = MatchText.Stem(expanded);
                if (!MatchText.StopWords.Contains(expanded) && !TitleAbbreviations.RankWords.Contains(expanded)
                    && !expanded.All(char.IsDigit) && words.TrueForAll(w => w.Stem != stem) && words.Count < maxWords)
                {
                    words.Add(new TitleWord(word.Text, expanded, stem));
                }
            }
        }
        return words;
    }
}
