namespace CareerNavigator.Web.Applications.Matching.Reading;

/// <summary>Finding a word or name as a whole: not inside a longer word ("Git" is not in "digital").</summary>
internal static class WholeWords
{
    /// <summary>Where <paramref name="word"/> first stands whole in <paramref name="text"/> at or after <paramref name="from"/>; -1 when it does not.</summary>
    public static int IndexOf(string text, string word, int from = 0, StringComparison comparison = StringComparison.Ordinal)
    {
        for (var at = text.IndexOf(word, from, comparison); at >= 0; at = text.IndexOf(word, at + 1, comparison))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return at;
            }
        }
        return -1;
    }

    public static bool Contains(string text, string word, StringComparison comparison = StringComparison.Ordinal) =>
        IndexOf(text, word, 0, comparison) >= 0;

    /// <summary>One pattern that finds any of <paramref name="names"/> whole, the longest first where they overlap.</summary>
    public static string Alternation(IEnumerable<string> names) =>
        string.Join('|', names.OrderByDescending(n => n.Length).Select(System.Text.RegularExpressions.Regex.Escape));
}
