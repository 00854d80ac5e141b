namespace CareerNavigator.Web.Applications.Reminders;

/// <summary>The IANA time zones a user may choose for their reminders, and what day it is for them.</summary>
public static class UserTimeZones
{
    public const string Default = "UTC";

    /// <summary>Every zone the machine knows, by name ("Africa/Abidjan" … "UTC"); the choice list of the setting.</summary>
    public static IReadOnlyList<string> All { get; } = [.. TimeZoneInfo.GetSystemTimeZones()
        .Select(z => z.HasIanaId ? z.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(z.Id, out var iana) ? iana : null)
        .OfType<string>()
        .Append(Default)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)];

    public static bool IsKnown(string? zone) => zone is not null && Find(zone) is not null;

    /// <summary>The date and time it is in <paramref name="zone"/> (UTC for none, or one this machine does not know) at <paramref name="now"/>.</summary>
    public static DateTime LocalTime(string? zone, DateTimeOffset now) => TimeZoneInfo.ConvertTime(now, Find(zone) ?? TimeZoneInfo.Utc).DateTime;

    public static DateOnly Today(string? zone, DateTimeOffset now) => DateOnly.FromDateTime(LocalTime(zone, now));

    private static TimeZoneInfo? Find(string? zone)
    {
        if (string.IsNullOrWhiteSpace(zone) || zone.Length > 64)
        {
            return null;
        }
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(zone);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }
}
