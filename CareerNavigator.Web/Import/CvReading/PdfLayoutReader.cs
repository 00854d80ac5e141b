using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace CareerNavigator.Web.Import.CvReading;

/// <summary>
/// A PDF as lines, from PdfPig's words and their positions: headers and footers repeated on several pages are left out,
/// a page split by a vertical gutter (a sidebar) is read column by column, words far apart on one line become cells,
/// and a line that wrapped at the column's edge is joined to its continuation.
/// </summary>
internal static partial class PdfLayoutReader
{
    /// <summary>Share of the page height at its top and bottom where running headers and footers sit.</summary>
    private const double MarginBand = 0.1;

    public static ImportResult<CvLayout> Read(PdfDocument document, PdfDecodeBudget budget, CancellationToken cancellationToken)
    {
        var pages = new List<PageWords>();
        var characters = 0;
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = document.GetPage(number);
            if (PdfTextReader.IsOverLimits(page, budget, characters))
            {
                return ImportResult<CvLayout>.Failure(CvTextMessages.TooMuchText);
            }
            characters += page.Letters.Count;
            var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).Select(PdfWord.Of).ToList();
            pages.Add(new PageWords(page.Height, words));
        }
        RemoveRunningHeadersAndFooters(pages);

        var lines = new List<CvLine>();
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var (words, startsColumn) in Columns(page))
            {
                var column = JoinWrapped(GroupLines(words));
                lines.AddRange(column.Select((l, i) => l.ToLine() with { StartsColumn = startsColumn && i == 0 }));
            }
        }
        return lines.Any(l => l.Cells.Any(c => c.Any(char.IsLetterOrDigit)))
            ? ImportResult<CvLayout>.Success(new CvLayout(lines))
            : ImportResult<CvLayout>.Failure(CvTextMessages.Scanned);
    }

    private sealed record PageWords(double Height, List<PdfWord> Words);

    private sealed record PdfWord(string Text, double Left, double Right, double Bottom, double Top, double Baseline, double Size)
    {
        public static PdfWord Of(Word word)
        {
            var size = word.Letters.Count == 0 ? 0 : word.Letters.Max(l => l.PointSize > 0 ? l.PointSize : l.BoundingBox.Height);
            var box = word.BoundingBox;
            var baseline = word.Letters.Count == 0 ? box.Bottom : word.Letters[0].StartBaseLine.Y;
            return new PdfWord(Ligatures().Replace(word.Text, m => LigatureLetters[m.Value[0] - '\uFB00']), box.Left, box.Right, box.Bottom, box.Top, baseline, size > 0 ? size : box.Height);
        }
    }

    private sealed class PdfTextLine(List<PdfWord> words)
    {
        public List<PdfWord> Words { get; } = words;
        public double Baseline => Words[0].Baseline;
        public double Size => Words.Max(w => w.Size);
        public double Left => Words[0].Left;
        public double Right => Words[^1].Right;

        /// <summary>Where the text starts, past a list bullet.</summary>
        public double TextLeft => Words.Count > 1 && IsBullet(Words[0].Text) ? Words[1].Left : Left;

        public List<List<PdfWord>> Cells()
        {
            var cells = new List<List<PdfWord>> { new() { Words[0] } };
            for (var i = 1; i < Words.Count; i++)
            {
                // A word space is a quarter to half an em; a gap of a whole em parts cells (columns of a table, dates set right).
                if (Words[i].Left - Words[i - 1].Right > Math.Max(Words[i].Size, 6))
                {
                    cells.Add([]);
                }
                cells[^1].Add(Words[i]);
            }
            return cells;
        }

        public CvLine ToLine() => new(Cells().Select(Join).ToList()) { FontSize = Size };

        /// <summary>Words set tight against each other ("samuel-" "achterberg", split where a line may break) join without a space.</summary>
        private static string Join(List<PdfWord> words)
        {
            var text = new System.Text.StringBuilder(words[0].Text);
            for (var i = 1; i < words.Count; i++)
            {
                text.Append(words[i].Left - words[i - 1].Right > 0.12 * words[i].Size || Math.Abs(words[i].Baseline - words[i - 1].Baseline) > 1 ? " " : "").Append(words[i].Text);
            }
            return text.ToString();
        }
    }

    private static readonly string[] LigatureLetters = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"];

    [GeneratedRegex("[\uFB00-\uFB06]")]
    private static partial Regex Ligatures();

    private static bool IsBullet(string text) => text is "•" or "●" or "▪" or "■" or "◦" or "○" or "-" or "–" or "*" or "·" or "\u2023" or "\u2043";

    private static List<PdfTextLine> GroupLines(IEnumerable<PdfWord> words)
    {
        var lines = new List<PdfTextLine>();
        foreach (var word in words.OrderByDescending(w => w.Baseline).ThenBy(w => w.Left))
        {
            var line = lines.Count > 0 && Math.Abs(lines[^1].Baseline - word.Baseline) <= Math.Max(1.5, 0.3 * word.Size) ? lines[^1] : null;
            if (line is null)
            {
                lines.Add(new PdfTextLine([word]));
            }
            else
            {
                line.Words.Add(word);
            }
        }
        foreach (var line in lines)
        {
            line.Words.Sort((a, b) => a.Left.CompareTo(b.Left));
        }
        return lines;
    }

    /// <summary>
    /// A line ends where the next word would not have fit: the next line, starting where this one's text starts, in
    /// the same type, continues it (a paragraph, or an employer and place that wrapped).
    /// </summary>
    private static List<PdfTextLine> JoinWrapped(List<PdfTextLine> lines)
    {
        if (lines.Count < 2)
        {
            return lines;
        }
        var right = lines.Max(l => l.Right);
        // Only where the column's right edge is known: a list of short lines (a sidebar) has no wrapped line.
        if (lines.Count(l => l.Right > right - 0.04 * (right - lines.Min(x => x.Left))) < 2)
        {
            return lines;
        }
        var joined = new List<PdfTextLine> { lines[0] };
        for (var i = 1; i < lines.Count; i++)
        {
            var previous = joined[^1];
            var line = lines[i];
            var nextWordWidth = line.Words[0].Right - line.Words[0].Left;
            if (previous.Cells().Count == 1 && line.Cells().Count == 1
                && Math.Abs(previous.Size - line.Size) < 0.6
                && previous.Baseline - line.Baseline < 1.7 * line.Size
                && Math.Abs(line.Left - previous.TextLeft) < 2.5 && !IsBullet(line.Words[0].Text)
                && previous.Right + nextWordWidth + 0.3 * line.Size > right - 2
                && !EndsWithYear().IsMatch(previous.Words[^1].Text)
                // A line of its own that starts with a capital is rarely the rest of a heading: "São" / "Paulo" joins, a description does not.
                && !(char.IsUpper(line.Words[0].Text[0]) && line.Words.Count > 3))
            {
                previous.Words.AddRange(line.Words);
                continue;
            }
            joined.Add(line);
        }
        return joined;
    }

    /// <summary>
    /// The page's words as columns: a vertical gutter that no word crosses below some height (a full-width top band may
    /// cross it), with a good share of the page's text on each side, splits the page. Tables and dates set in a column of
    /// their own do not: their section headings cross the gutter further down.
    /// </summary>
    private static IEnumerable<(IEnumerable<PdfWord> Words, bool StartsColumn)> Columns(PageWords page)
    {
        var words = page.Words;
        if (words.Count < 20)
        {
            return [(words, false)];
        }
        var textTop = words.Max(w => w.Top);
        var textBottom = words.Min(w => w.Bottom);
        var height = textTop - textBottom;
        (double X, double Below)? best = null;
        foreach (var candidate in words.Select(w => w.Right + 1).Distinct())
        {
            var crossing = words.Where(w => w.Left < candidate && w.Right > candidate).ToList();
            var below = crossing.Count == 0 ? textTop + 1 : crossing.Min(w => w.Bottom);
            var left = words.Where(w => w.Top < below && w.Right <= candidate).ToList();
            var right = words.Where(w => w.Top < below && w.Left >= candidate).ToList();
            if (left.Count < 8 || right.Count < 8
                || Extent(left) < 0.35 * height || Extent(right) < 0.35 * height
                || right.Min(w => w.Left) - left.Max(w => w.Right) < 8)
            {
                continue;
            }
            if (best is null || below > best.Value.Below)
            {
                best = (candidate, below);
            }
        }
        if (best is not { } split)
        {
            return [(words, false)];
        }
        return
        [
            (words.Where(w => w.Top >= split.Below), false),
            (words.Where(w => w.Top < split.Below && w.Right <= split.X), true),
            (words.Where(w => w.Top < split.Below && w.Left >= split.X), true),
        ];
    }

    private static double Extent(List<PdfWord> words) => words.Max(w => w.Top) - words.Min(w => w.Bottom);

    /// <summary>Lines in the top or bottom band that come back on other pages (page numbers counted as one), and page numbers.</summary>
    private static void RemoveRunningHeadersAndFooters(List<PageWords> pages)
    {
        var bands = pages.Select(page => GroupLines(page.Words.Where(w => InMarginBand(w, page.Height)))
            .Select(line => (Line: line, Key: Digits().Replace(string.Join(' ', line.Words.Select(w => w.Text)), "#").ToLowerInvariant()))
            .ToList()).ToList();
        var repeated = bands.SelectMany(band => band.Select(l => l.Key).Distinct())
            .GroupBy(key => key).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        var repeatedWords = pages.Count < 2 ? [] : pages
            .SelectMany((page, i) => page.Words.Select(w => (Key: PositionKey(w), Page: i)).Distinct())
            .GroupBy(x => x.Key).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        for (var i = 0; i < pages.Count; i++)
        {
            // The same phrase at the same place on several pages, wherever it sits (some writers put running heads inside the text area).
            var inPlace = pages[i].Words.Where(w => repeatedWords.Contains(PositionKey(w))).ToList();
            var phrases = inPlace.Where(w => inPlace.Count(o => Math.Abs(o.Baseline - w.Baseline) < 1) > 1).ToHashSet();
            pages[i].Words.RemoveAll(phrases.Contains);
            var running = bands[i].Where(l => (pages.Count > 1 && repeated.Contains(l.Key)) || PageNumber().IsMatch(l.Key))
                .SelectMany(l => l.Line.Words).ToHashSet();
            pages[i].Words.RemoveAll(running.Contains);
        }
    }

    private static (string, int, int) PositionKey(PdfWord word) => (word.Text, (int)Math.Round(word.Left), (int)Math.Round(word.Baseline));

    private static bool InMarginBand(PdfWord word, double pageHeight) =>
        word.Bottom > pageHeight * (1 - MarginBand) || word.Top < pageHeight * MarginBand;

    [GeneratedRegex(@"(?:19|20)\d{2}\W?$")]
    private static partial Regex EndsWithYear();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(?:-\s*)?(?:page|seite|página|pagina|strona|str\.)?\s*#\s*(?:(?:/|of|von|de|z|sur)\s*#)?(?:\s*-)?$")]
    private static partial Regex PageNumber();
}
