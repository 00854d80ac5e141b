using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Profiles;

/// <summary>Checks shared by several forms, with messages a job seeker understands.</summary>
public static partial class FormRules
{
    public static readonly DateTime EarliestDate = new(1900, 1, 1);

    /// <summary>Today (UTC) by the app's <see cref="TimeProvider"/> when the validation has the app's services, else the system's.</summary>
    public static DateTime Today(ValidationContext context) =>
        ((context.GetService(typeof(TimeProvider)) as TimeProvider) ?? TimeProvider.System).GetUtcNow().UtcDateTime.Date;

    /// <summary>The latest date a planned end (a course, a graduation) may have.</summary>
    public static DateTime LatestPlannedDate(DateTime today) => today.AddYears(10);

    /// <summary>
    /// Start and end as precisely as they are known: a start by <paramref name="today"/>, an end by
    /// <paramref name="latestEnd"/>, and an end no earlier than the start ("2019-03" to "2019" is fine: the end may be any
    /// day of 2019).
    /// </summary>
    public static IEnumerable<ValidationResult> DateRange(
        PartialDate? start, PartialDate? end, string startField, string endField, DateTime today, DateTime latestEnd)
    {
        var startInRange = start is not { } s || s.Date >= DateOnly.FromDateTime(EarliestDate) && s.Date <= DateOnly.FromDateTime(today);
        var endInRange = end is not { } e || e.Date >= DateOnly.FromDateTime(EarliestDate) && e.Date <= DateOnly.FromDateTime(latestEnd);
        if (!startInRange)
        {
            yield return new($"The start date must be between {EarliestDate:yyyy} and today.", [startField]);
        }
        if (!endInRange)
        {
            yield return new($"The end date must be between {EarliestDate:yyyy} and {latestEnd:yyyy}.", [endField]);
        }
        if (startInRange && endInRange && start is { } from && end is { } to && to.LastDay < from.Date)
        {
            yield return new("The end date cannot be before the start date.", [endField]);
        }
    }

    /// <summary>A form's date and its precision as one value (null when no date was given).</summary>
    public static PartialDate? Date(DateTime? date, DatePrecision precision) =>
        date is { } d ? new PartialDate(DateOnly.FromDateTime(d), precision) : null;

    public static IEnumerable<ValidationResult> ShortList(IReadOnlyCollection<string> items, string field, string what, int maxItems, int maxLength)
    {
        if (items.Count > maxItems)
        {
            yield return new($"Add at most {maxItems} {what}.", [field]);
        }
        if (items.Any(i => string.IsNullOrWhiteSpace(i) || i.Trim().Length > maxLength))
        {
            yield return new($"Each of your {what} must be 1 to {maxLength} characters.", [field]);
        }
        if (items.Select(i => (i ?? "").Trim().ToUpperInvariant()).Distinct().Count() != items.Count)
        {
            yield return new($"Some of your {what} are listed twice.", [field]);
        }
    }

    public static bool IsWebAddress(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Contains('.');

    /// <summary>Digits with the signs people write between them ("+34 612-345 678", "(0)20 7946 0958"): 5 to 20 digits.</summary>
    public static bool IsPhoneNumber(string value) => PhoneNumber().IsMatch(value.Trim()) && value.Count(char.IsAsciiDigit) is >= 5 and <= 20;

    /// <summary>One @ with something before it and a dotted domain after it, no spaces.</summary>
    public static bool IsEmailAddress(string value) =>
        value.Trim() is var email && new EmailAddressAttribute().IsValid(email) && !email.Any(char.IsWhiteSpace)
        && email.Split('@') is [{ Length: > 0 }, var domain] && domain.Contains('.') && !domain.StartsWith('.') && !domain.EndsWith('.');

    /// <summary>A public LinkedIn profile: https://www.linkedin.com/in/handle (country subdomains allowed).</summary>
    public static bool IsLinkedInProfile(string value) => LinkedInProfile().IsMatch(value.Trim());

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static List<string> Clean(IEnumerable<string> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList();

    [GeneratedRegex(@"^\+?[0-9 ().\-/]+$")]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"^(https?://)?([a-z]{2,3}\.)?linkedin\.com/in/[A-Za-z0-9\-_%\u00C0-\u024F]{3,100}/?(\?.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LinkedInProfile();
}
