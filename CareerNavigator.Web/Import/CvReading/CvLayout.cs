namespace CareerNavigator.Web.Import.CvReading;

/// <summary>
/// One line of a CV as laid out: its cells in reading order (table cells, or runs of words far apart on one line, such
/// as a job title on the left and its dates on the right).
/// </summary>
internal sealed record CvLine(IReadOnlyList<string> Cells)
{
    /// <summary>The largest type on the line in points; 0 when the format does not say.</summary>
    public double FontSize { get; init; }

    /// <summary>The first line of a column, table cell or text box read as a whole: a section does not run on into it.</summary>
    public bool StartsColumn { get; init; }

    /// <summary>The document styles it as a heading or title (DOCX).</summary>
    public bool IsHeadingStyle { get; init; }

    public string Text => string.Join(" | ", Cells);

    public static CvLine? Of(IEnumerable<string> cells, double fontSize = 0)
    {
        var kept = cells.Select(TextNormalizer.Line).OfType<string>().ToList();
        return kept.Count == 0 ? null : new CvLine(kept) { FontSize = fontSize };
    }
}

/// <summary>A CV file's lines in reading order: columns one after the other, repeated page headers and footers left out.</summary>
internal sealed record CvLayout(IReadOnlyList<CvLine> Lines)
{
    public int Characters => Lines.Sum(l => l.Cells.Sum(c => c.Length));

    /// <summary>The lines as plain text, one a line, cells apart by tabs.</summary>
    public string Text => string.Join("\n", Lines.Select(l => string.Join("\t", l.Cells)));
}
