namespace CareerNavigator.Web.Products.Generation.BuiltIn;

/// <summary>
/// Whether a piece of the user's own text shows a skill or names a role. A phrase matches at the start of a
/// word ("statistic" finds "Statistics"); phrases of one or two letters ("go", "r") must be a whole word,
/// so that "go" does not find "Google".
/// </summary>
internal static class SkillEvidence
{
    public static bool Mentions(string text, string phrase) => IndexOf(text, phrase) >= 0;

    public static bool MentionsAny(string text, IEnumerable<string> phrases) => phrases.Any(p => Mentions(text, p));

    /// <summary>Position of the earliest of <paramref name="phrases"/> in <paramref name="text"/>, or null when none occurs.</summary>
    public static int? FirstMention(string text, IEnumerable<string> phrases) =>
        phrases.Select(p => IndexOf(text, p)).Where(i => i >= 0).Select(i => (int?)i).Min();

    private static int IndexOf(string text, string phrase)
    {
        var start = 0;
        while (phrase.Length > 0 && (start = text.IndexOf(phrase, start, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var end = start + phrase.Length;
            var startsWord = start == 0 || !IsWordChar(text[start - 1]) || !IsWordChar(phrase[0]);
            var endsWord = phrase.Length > 2 || end == text.Length || !IsWordChar(text[end]);
            if (startsWord && endsWord)
            {
                return start;
            }
            start++;
        }
        return -1;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
