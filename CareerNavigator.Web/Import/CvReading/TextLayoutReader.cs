using System.Text.RegularExpressions;

namespace CareerNavigator.Web.Import.CvReading;

/// <summary>Plain text as lines; a tab or a run of three spaces parts a line into cells, as people align text by hand.</summary>
internal static partial class TextLayoutReader
{
    public static ImportResult<CvLayout> Read(string text)
    {
        if (text.Length > CvReadLimits.MaxCharacters)
        {
            return ImportResult<CvLayout>.Failure(CvTextMessages.TooMuchText);
        }
        var lines = new List<CvLine>();
        foreach (var raw in text.Split('\n'))
        {
            if (CvLine.Of(CellGap().Split(raw)) is { } line)
            {
                lines.Add(line);
            }
        }
        return lines.Count == 0 ? ImportResult<CvLayout>.Failure(CvTextMessages.EmptyText) : ImportResult<CvLayout>.Success(new CvLayout(lines));
    }

    [GeneratedRegex(@"\t+| {3,}")]
    private static partial Regex CellGap();
}
