using System.Globalization;
using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Profiles;

/// <summary>
/// A date as precisely as it is known: a day, a month or a year. <see cref="Date"/> is the first day of that month or
/// year (what the database stores); nothing that shows or exports it invents the part that is not known.
/// </summary>
public readonly record struct PartialDate
{
    private static readonly string[] DayFormats =
        ["yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "d MMM yyyy", "d MMMM yyyy", "d MMM. yyyy", "MMM d, yyyy", "MMMM d, yyyy", "MMM d yyyy", "MMMM d yyyy"];
    private static readonly string[] MonthFormats = ["yyyy-MM", "yyyy-M", "MMM yyyy", "MMMM yyyy", "MMM. yyyy", "MM/yyyy", "M/yyyy"];
    private static readonly string[] YearFormats = ["yyyy"];

    public PartialDate(DateOnly date, DatePrecision precision)
    {
        Precision = precision;
        Date = precision switch
        {
            DatePrecision.Year => new DateOnly(date.Year, 1, 1),
            DatePrecision.Month => new DateOnly(date.Year, date.Month, 1),
            _ => date,
        };
    }

    public DateOnly Date { get; }
    public DatePrecision Precision { get; }

    /// <summary>The last day the date may stand for: an end date of "2019" lasts until 31 December 2019.</summary>
    public DateOnly LastDay => Date.Year == DateOnly.MaxValue.Year ? DateOnly.MaxValue : Precision switch
    {
        DatePrecision.Year => Date.AddYears(1).AddDays(-1),
        DatePrecision.Month => Date.AddMonths(1).AddDays(-1),
        _ => Date,
    };

    /// <summary>"2019", "2019-03" or "2019-03-14": ISO 8601 with only the known parts (as JSON Resume writes dates).</summary>
    public string Iso => Precision switch
    {
        DatePrecision.Year => Date.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => Date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>"2019", "Mar 2019" or "14 Mar 2019", for people.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Date.ToString("yyyy", CultureInfo.CurrentCulture),
        DatePrecision.Month => Date.ToString("MMM yyyy", CultureInfo.CurrentCulture),
        _ => Date.ToString("d MMM yyyy", CultureInfo.CurrentCulture),
    };

    public static PartialDate? Of(DateOnly? date, DatePrecision precision) => date is { } d ? new PartialDate(d, precision) : null;

    /// <summary>
    /// The spellings people and exports use, each at the precision it states: "2019-03-14", "14 Mar 2019" and
    /// "Mar 14, 2019" (a day); "2019-03", "Mar 2019", "March 2019" and "03/2019" (a month); "2019" (a year). A time after
    /// an ISO date is ignored. Null for anything else, and for years outside 1900–2100.
    /// </summary>
    public static PartialDate? Parse(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        if (value.Length > 10 && value[10] == 'T' && value[4] == '-')
        {
            value = value[..10];
        }
        value = string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Replace("Sept ", "Sep ", StringComparison.OrdinalIgnoreCase);
        foreach (var (formats, precision) in new[] { (DayFormats, DatePrecision.Day), (MonthFormats, DatePrecision.Month), (YearFormats, DatePrecision.Year) })
        {
            if (DateTime.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                && parsed.Year is >= 1900 and <= 2100)
            {
                return new PartialDate(DateOnly.FromDateTime(parsed), precision);
            }
        }
        return null;
    }
}
