using System.Text.RegularExpressions;

namespace CareerNavigator.Web.Import.CvReading;

/// <param name="Heading">The entry's heading lines with its date taken out, cells apart by " | ".</param>
internal sealed record CvEntry(IReadOnlyList<string> Heading, CvPeriod? Period, IReadOnlyList<string> Description);

/// <summary>
/// Cuts a section into entries around their dates. A CV writes every entry alike, so the first entry shows where the
/// heading stands: the lines just before the date line (title, employer), the date line itself, or, when the date comes
/// first, the short lines after it. Lines that read as sentences or bullets are description, never heading.
/// </summary>
internal static partial class CvEntries
{
    private const int MaxHeadingLines = 3;

    /// <param name="singleDates">Courses: a single date ("2021") anchors an entry, not only a period.</param>
    /// <param name="complete">Whether a heading has what the section needs (an employer, a school), so no later line is taken into it.</param>
    public static List<CvEntry> Split(IReadOnlyList<CvLine> lines, bool singleDates, Func<IReadOnlyList<string>, bool> complete)
    {
        var anchors = new List<(int Line, CvPeriod Period, string Remainder)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (Anchor(lines[i], singleDates) is { } anchor)
            {
                anchors.Add((i, anchor.Period, anchor.Remainder));
            }
        }
        if (anchors.Count == 0)
        {
            return [.. lines.Select(l => new CvEntry([l.Text], null, []))];
        }

        var before = 0;
        for (var i = anchors[0].Line - 1; i >= 0 && before < MaxHeadingLines && IsHeadingLike(lines[i].Text); i--)
        {
            before++;
        }

        var entries = new List<CvEntry>();
        var consumed = -1;
        for (var a = 0; a < anchors.Count; a++)
        {
            var (index, period, rest) = anchors[a];
            var heading = new List<string>();
            for (var i = index - 1; i > consumed && heading.Count < before && IsHeadingLike(lines[i].Text); i--)
            {
                heading.Insert(0, lines[i].Text);
            }
            if (rest.Length > 0)
            {
                heading.Add(rest);
            }
            var next = a + 1 < anchors.Count ? anchors[a + 1].Line : lines.Count;
            var after = index + 1;
            if (before == 0 && !complete(heading))
            {
                while (after < next && heading.Count < 2 && IsHeadingLike(lines[after].Text))
                {
                    heading.Add(lines[after++].Text);
                }
            }
            consumed = after - 1;
            // The next entry's heading lines are not this one's description.
            var descriptionEnd = next;
            if (a + 1 < anchors.Count)
            {
                var taken = 0;
                while (descriptionEnd - 1 >= after && taken < before && IsHeadingLike(lines[descriptionEnd - 1].Text))
                {
                    descriptionEnd--;
                    taken++;
                }
            }
            var description = lines.Skip(after).Take(Math.Max(0, descriptionEnd - after)).Select(l => WithoutBullet(l.Text)).ToList();
            if (heading.Count > 0)
            {
                entries.Add(new CvEntry(heading, period, description));
            }
        }
        return entries;
    }

    /// <summary>A line carrying an entry's date: the date is a cell of its own, or stands at the start or the end of its cell.</summary>
    private static (CvPeriod Period, string Remainder)? Anchor(CvLine line, bool singleDates)
    {
        if (line.Text.Length > 160)
        {
            return null;
        }
        for (var c = 0; c < line.Cells.Count; c++)
        {
            var cell = line.Cells[c];
            if ((singleDates ? CvDateText.FindDate(cell) : CvDateText.FindPeriod(cell)) is not { } period)
            {
                continue;
            }
            var head = Trim(cell[..period.Index]);
            var tail = Trim(cell[(period.Index + period.Length)..]);
            if (head.Length > 0 && tail.Length > 0)
            {
                continue;
            }
            var cells = line.Cells.ToList();
            cells[c] = head.Length > 0 ? head : tail;
            return (period, string.Join(" | ", cells.Where(x => x.Length > 0)));
        }
        return null;
    }

    private static string Trim(string text)
    {
        var trimmed = text.Trim(' ', '|', '–', '—', '-', ',', ';', ':', '·', '[', ']', '•');
        trimmed = trimmed.EndsWith('(') ? trimmed.TrimEnd('(', ' ') : trimmed;
        return trimmed.StartsWith(')') ? trimmed.TrimStart(')', ' ') : trimmed;
    }

    /// <summary>Short, not a sentence, not a bullet: a title, an employer, a school.</summary>
    public static bool IsHeadingLike(string text)
    {
        if (text.Length is 0 or > 90 || Bullet().IsMatch(text) || text.Split(' ').Length > 12)
        {
            return false;
        }
        // A sentence ends in a full stop after a word; "S.A.", "Lda." and "o.o." are abbreviations.
        var last = text.TrimEnd().Split(' ')[^1];
        return !(last.EndsWith('.') && ((last[..^1] is { Length: > 4 } word && !word.Contains('.')) || text.Split(' ').Length >= 8));
    }

    public static string WithoutBullet(string text) => Bullet().Replace(text, "");

    [GeneratedRegex(@"^\s*(?:[•●▪■◦○‣⁃*·]|[-–](?=\s))\s*")]
    private static partial Regex Bullet();
}
