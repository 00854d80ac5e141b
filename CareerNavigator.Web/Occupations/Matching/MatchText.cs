using System.Globalization;
using System.Text;

namespace CareerNavigator.Web.Occupations.Matching;

/// <summary>
/// One word of a text as typed (<see cref="Text"/>, its place) and the form it is compared in (<see cref="Stem"/>).
/// Words joined by hyphens ("shipment-tracking") share their <see cref="Compound"/>; any other word has its own.
/// </summary>
internal readonly record struct MatchWord(string Text, string Stem, int Position, int Segment, int Line, int Compound);

/// <summary>
/// Splits titles, labels and record text into comparable words. The same rules apply to ESCO's labels and to what
/// people type, so "Drivers", "driver's" and "driver" meet, and "analysed", "analysing" and "analysis" meet "analyse".
/// </summary>
internal static class MatchText
{
    /// <summary>Words that never carry meaning in a title or a skill label.</summary>
    public static readonly IReadOnlySet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "into", "onto",
        "per", "via", "within", "other", "s", "etc", "e", "g", "i", "my", "our", "their", "its", "is", "are", "be", "was",
        "were", "this", "that", "these", "those", "than", "up", "out",
    };

    /// <summary>Past tenses ESCO's verb phrases meet in records ("taught chemistry" is "teach chemistry").</summary>
    private static readonly Dictionary<string, string> IrregularForms = new(StringComparer.Ordinal)
    {
        ["taught"] = "teach", ["built"] = "build", ["led"] = "lead", ["ran"] = "run", ["wrote"] = "write",
        ["made"] = "make", ["gave"] = "give", ["sold"] = "sell", ["bought"] = "buy", ["kept"] = "keep",
        ["drove"] = "drive", ["spoke"] = "speak", ["set"] = "set", ["met"] = "meet", ["cut"] = "cut",
        ["children"] = "child", ["people"] = "person", ["women"] = "woman", ["men"] = "man",
    };

    /// <summary>
    /// The words of <paramref name="text"/> in order. A segment ends at a sentence or clause mark (. ! ? ; : , | newline
    /// and brackets), so the words of one skill label are only looked for within one clause of a record.
    /// </summary>
    public static List<MatchWord> Words(string text, int maxWords = int.MaxValue)
    {
        var words = new List<MatchWord>();
        var segment = 0;
        var line = 0;
        var compound = 0;
        var lastWordEnd = -1;
        var i = 0;
        while (i < text.Length && words.Count < maxWords)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || IsLeadingDot(text, i))
            {
                var start = i;
                i += c == '.' ? 1 : 0;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerApostrophe(text, i)))
                {
                    i++;
                }
                // "C#", "C++", "F#" are names of skills, not "c".
                while (i < text.Length && (text[i] == '#' || text[i] == '+') && i - start <= 2)
                {
                    i++;
                }
                var typed = text[start..i];
                var normal = Normalize(typed);
                if (normal.Length > 0)
                {
                    var hyphenated = lastWordEnd >= 0 && start == lastWordEnd + 1 && text[lastWordEnd] == '-';
                    compound = hyphenated ? compound : words.Count;
                    words.Add(new MatchWord(typed, Stem(normal), words.Count, segment, line, compound));
                    lastWordEnd = i;
                }
                continue;
            }
            if (EndsSegment(text, i))
            {
                segment++;
            }
            line += text[i] == '\n' ? 1 : 0;
            i++;
        }
        return words;
    }

    /// <summary>Lower case without accents or apostrophes; a possessive "'s" is dropped.</summary>
    public static string Normalize(string typed)
    {
        var builder = new StringBuilder(typed.Length);
        foreach (var c in typed.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        var text = builder.ToString();
        if (text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal))
        {
            text = text[..^2];
        }
        return text.Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal);
    }

    /// <summary>
    /// A light English stemmer: plurals, -ing, -ed, a final -e, British and American -ise/-ize and -ysis/-yse. Both sides
    /// go through it, so it only has to be consistent, not linguistically right.
    /// </summary>
    public static string Stem(string word)
    {
        if (IrregularForms.TryGetValue(word, out var irregular))
        {
            return irregular;
        }
        if (word.Length <= 3 || !char.IsLetter(word[^1]))
        {
            return word;
        }
        var w = word.Replace("iz", "is", StringComparison.Ordinal);
        if (w.EndsWith("ysis", StringComparison.Ordinal))
        {
            return w[..^2];
        }
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            w = w[..^3] + "y";
        }
        else if (w.EndsWith("ied", StringComparison.Ordinal) && w.Length > 4)
        {
            w = w[..^3] + "y";
        }
        else if (w.EndsWith("sses", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
                 && !w.EndsWith("is", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length >= 7)
        {
            w = Undouble(w[..^3]);
        }
        else if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length >= 6)
        {
            w = Undouble(w[..^2]);
        }
        // "communication" and "communicate", "visualisation" and "visualise" meet. (Not "-ment": "management" is a
        // field of knowledge, "manage" a generic verb.)
        if (w.EndsWith("ation", StringComparison.Ordinal) && w.Length >= 9)
        {
            w = w[..^5];
        }
        else if (w.EndsWith("ate", StringComparison.Ordinal) && w.Length >= 7)
        {
            w = w[..^3];
        }
        if (w.EndsWith('e') && w.Length >= 5)
        {
            w = w[..^1];
        }
        return w;
    }

    private static string Undouble(string w) =>
        w.Length >= 4 && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'z' or 'f') && !IsVowel(w[^1]) ? w[..^1] : w;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>".NET" is a name of its own, not "net"; in "ASP.NET" the dot joins two words.</summary>
    private static bool IsLeadingDot(string text, int i) =>
        text[i] == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && (i == 0 || char.IsWhiteSpace(text[i - 1]));

    private static bool IsInnerApostrophe(string text, int i) =>
        text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1]);

    private static bool EndsSegment(string text, int i) => text[i] switch
    {
        '!' or '?' or ';' or ',' or '|' or '\n' or '(' or ')' or '[' or ']' or '•' => true,
        // "ASP.NET" and "1.2" stay one clause; a full stop or colon before a space or the end closes it.
        '.' or ':' => i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]),
        _ => false,
    };
}
