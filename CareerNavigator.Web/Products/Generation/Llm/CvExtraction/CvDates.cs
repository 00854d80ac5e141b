using System.Globalization;

namespace CareerNavigator.Web.Products.Generation.Llm.CvExtraction;

/// <summary>CVs give dates as a year, a month or a day; the model writes them as ISO prefixes.</summary>
public static class CvDates
{
    public const string Format = "YYYY-MM-DD, YYYY-MM or YYYY, only as precise as the CV; null when the CV gives no date.";

    private static readonly string[] Patterns = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];

    /// <summary>The first day of the period written, or null for anything else.</summary>
    public static DateOnly? Parse(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), Patterns, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        && date.Year is >= 1900 and <= 2100
            ? date
            : null;
}
