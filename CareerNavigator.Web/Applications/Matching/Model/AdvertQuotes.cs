using System.Text;

namespace CareerNavigator.Web.Applications.Matching.Model;

/// <summary>
/// Finds a model's quote in the advert, allowing only what copying changes without changing the words: case, runs of
/// spaces and line breaks, and typographic quotes and dashes. What is shown is always the advert's own text there.
/// </summary>
internal static class AdvertQuotes
{
    public static AdvertQuote? Find(string advert, string? quote)
    {
        if (string.IsNullOrWhiteSpace(quote))
        {
            return null;
        }
        var (text, positions) = Normal(advert);
        var (words, _) = Normal(quote);
        var at = text.IndexOf(words, StringComparison.Ordinal);
        if (words.Length == 0 || at < 0)
        {
            return null;
        }
        return AdvertQuote.Of(advert, positions[at], positions[at + words.Length - 1] + 1);
    }

    /// <summary>The text in its compared form, and where each of its characters is in the original.</summary>
    private static (string Text, List<int> Positions) Normal(string original)
    {
        var text = new StringBuilder(original.Length);
        var positions = new List<int>(original.Length);
        var space = false;
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (char.IsWhiteSpace(c))
            {
                space = text.Length > 0;
                continue;
            }
            if (space)
            {
                text.Append(' ');
                positions.Add(i - 1);
                space = false;
            }
            text.Append(c switch
            {
                '‘' or '’' or '′' => '\'',
                '“' or '”' => '"',
                '–' or '—' or '‐' or '‑' => '-',
                _ => char.ToLowerInvariant(c),
            });
            positions.Add(i);
        }
        return (text.ToString(), positions);
    }
}
