using System.Globalization;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Profiles;

namespace CareerNavigator.Web.Products;

/// <summary>
/// Dates as a document shows them: "Mar 2019 – now", "2015 – 2019"; nothing at all when none were given. A document names
/// at most the month (as CVs do), and never more than is known: a year-only date stays a year. A date without a
/// precision (content stored before documents kept one, and documents that do not keep it) shows its month, as those
/// documents always did.
/// </summary>
public static class DocumentDates
{
    public static string? Span(DateOnly? start, DateOnly? end, bool current = false) =>
        Span(start, null, end, null, current);

    public static string? Span(DateOnly? start, DatePrecision? startPrecision, DateOnly? end, DatePrecision? endPrecision, bool current = false) =>
        start is null && end is null && !current ? null : Dates.Span(Shown(start, startPrecision), Shown(end, endPrecision), current);

    public static string? Month(DateOnly? date) => date?.ToString("MMM yyyy", CultureInfo.CurrentCulture);

    public static string? Date(DateOnly? date, DatePrecision? precision) => Shown(date, precision)?.ToString();

    /// <summary>The date as far as it is known (a month for content that kept no precision), for exports that carry days.</summary>
    public static PartialDate? Known(DateOnly? date, DatePrecision? precision) => PartialDate.Of(date, precision ?? DatePrecision.Month);

    private static PartialDate? Shown(DateOnly? date, DatePrecision? precision) =>
        PartialDate.Of(date, precision == DatePrecision.Year ? DatePrecision.Year : DatePrecision.Month);

    public static string Generated(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.CurrentCulture);
}
