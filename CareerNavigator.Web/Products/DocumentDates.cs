using System.Globalization;
using CareerNavigator.Web.Profiles;

namespace CareerNavigator.Web.Products;

/// <summary>Dates as a CV shows them: "Mar 2019 – now", "Jun 2023"; nothing at all when none were given.</summary>
public static class DocumentDates
{
    public static string? Span(DateOnly? start, DateOnly? end, bool current = false) =>
        start is null && end is null && !current ? null : Dates.Span(start, end, current);

    public static string? Month(DateOnly? date) => date?.ToString("MMM yyyy", CultureInfo.CurrentCulture);

    public static string Generated(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.CurrentCulture);
}
