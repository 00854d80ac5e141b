using System.Text;

namespace CareerNavigator.Web.Import;

/// <summary>
/// Tidies text read from files: one space between words, trimmed lines, at most one empty line between
/// paragraphs, no control or zero-width characters (PostgreSQL rejects NUL in text and jsonb).
/// </summary>
internal static class TextNormalizer
{
    /// <summary>A whole document or a multi-line description; paragraph breaks survive as one empty line.</summary>
    public static string Document(string text)
    {
        var result = new StringBuilder(text.Length);
        var line = new StringBuilder();
        var emptyLines = 0;

        void EndLine()
        {
            var trimmed = line.ToString().Trim(' ');
            line.Clear();
            if (trimmed.Length == 0)
            {
                emptyLines++;
                return;
            }
            if (result.Length > 0)
            {
                result.Append(emptyLines > 0 ? "\n\n" : "\n");
            }
            result.Append(trimmed);
            emptyLines = 0;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\n' or '\r' or '\u2028' or '\u0085':
                    EndLine();
                    break;
                case '\f' or '\v' or '\u2029':
                    EndLine();
                    emptyLines++;
                    break;
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    break;
                case '\t':
                    AppendSpace(line);
                    break;
                default:
                    if (char.IsWhiteSpace(c))
                    {
                        AppendSpace(line);
                    }
                    else if (!char.IsControl(c))
                    {
                        line.Append(c);
                    }
                    break;
            }
        }
        EndLine();
        return result.ToString();
    }

    /// <summary>A multi-line value such as a description; null when nothing is left.</summary>
    public static string? Paragraphs(string? text) => string.IsNullOrWhiteSpace(text) ? null : NullIfEmpty(Document(text));

    /// <summary>A one-line value such as a name or a date; every run of whitespace becomes one space.</summary>
    public static string? Line(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : NullIfEmpty(Document(text).Replace("\n\n", " ").Replace('\n', ' '));

    /// <summary>The parts that are there, one paragraph each; null when none is.</summary>
    public static string? JoinParagraphs(params string?[] parts) =>
        parts.Any(p => p is not null) ? string.Join("\n\n", parts.OfType<string>()) : null;

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static void AppendSpace(StringBuilder line)
    {
        if (line.Length > 0 && line[^1] != ' ')
        {
            line.Append(' ');
        }
    }
}
