using System.Globalization;

namespace CareerNavigator.Web.Import;

/// <summary>
/// The date spellings exports use: ISO "2019-03-14", "2019-03", "2019"; LinkedIn's "Mar 2019", "March 2019",
/// "14 Mar 2019", "Mar 14, 2019". A date without a day is the 1st of its month; a year alone is 1 January.
/// </summary>
internal static class ImportDates
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy-M-d", "yyyy-MM", "yyyy-M", "yyyy", "yyyy/MM/dd",
        "MMM yyyy", "MMMM yyyy", "MMM. yyyy",
        "d MMM yyyy", "d MMMM yyyy", "d MMM. yyyy",
        "MMM d, yyyy", "MMMM d, yyyy", "MMM d yyyy", "MMMM d yyyy",
        "MM/yyyy", "M/yyyy",
    ];

    /// <returns>The date, or null when the text is empty or not a date in any known spelling.</returns>
    public static DateOnly? Parse(string? text)
    {
        var value = TextNormalizer.Line(text);
        if (value is null)
        {
            return null;
        }
        if (value.Length > 10 && value[10] == 'T' && value[4] == '-')
        {
            value = value[..10];
        }
        value = value.Replace("Sept ", "Sep ", StringComparison.OrdinalIgnoreCase);

        return DateTime.TryParseExact(value, Formats, CultureInfo.InvariantCulture,
                   DateTimeStyles.AllowWhiteSpaces, out var date) && date.Year is >= 1900 and <= 2100
            ? DateOnly.FromDateTime(date)
            : null;
    }

    /// <summary>
    /// Like <see cref="Parse(string?)"/>, and adds a warning naming <paramref name="where"/> when there is text
    /// that is not a date. Empty text and words for "still ongoing" give null without a warning.
    /// </summary>
    public static DateOnly? Parse(string? text, string where, string which, List<string> warnings)
    {
        var value = TextNormalizer.Line(text);
        if (value is null || MeansPresent(value))
        {
            return null;
        }
        var date = Parse(value);
        if (date is null)
        {
            warnings.Add($"{where}: the {which} date \"{value}\" isn't a date we understand and was left out.");
        }
        return date;
    }

    /// <summary>True for the words exports use for "still ongoing" instead of an end date.</summary>
    public static bool MeansPresent(string? text) =>
        TextNormalizer.Line(text)?.ToLowerInvariant() is "present" or "current" or "now" or "today" or "ongoing";
}
