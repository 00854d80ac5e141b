using CareerNavigator.Web.Profiles;

namespace CareerNavigator.Web.Products.Generation.Llm.CvExtraction;

/// <summary>CVs give dates as a year, a month or a day; the model writes them as ISO prefixes, and they keep that precision.</summary>
public static class CvDates
{
    public const string Format = "YYYY-MM-DD, YYYY-MM or YYYY, only as precise as the CV; null when the CV gives no date.";

    /// <summary>The date at the precision written ("2019" a year, "2019-03" a month), or null for anything but those three forms.</summary>
    public static PartialDate? Parse(string? value)
    {
        var text = value?.Trim();
        return text is { Length: 4 or 7 or 10 } && text.All(c => char.IsAsciiDigit(c) || c == '-') ? PartialDate.Parse(text) : null;
    }
}
