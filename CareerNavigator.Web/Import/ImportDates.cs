using CareerNavigator.Web.Profiles;

namespace CareerNavigator.Web.Import;

/// <summary>
/// The date spellings exports use (ISO "2019-03-14", "2019-03", "2019"; LinkedIn's "Mar 2019", "March 2019",
/// "14 Mar 2019", "Mar 14, 2019"), each kept at the precision it states: a year stays a year (see <see cref="PartialDate"/>).
/// </summary>
internal static class ImportDates
{
    /// <returns>The date, or null when the text is empty or not a date in any known spelling.</returns>
    public static PartialDate? Parse(string? text) => PartialDate.Parse(TextNormalizer.Line(text));

    /// <summary>
    /// Like <see cref="Parse(string?)"/>, and adds a warning naming <paramref name="where"/> when there is text
    /// that is not a date. Empty text and words for "still ongoing" give null without a warning.
    /// </summary>
    public static PartialDate? Parse(string? text, string where, string which, List<string> warnings)
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
