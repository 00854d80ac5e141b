using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Applications;

/// <summary>Which next actions the list shows, by their date in the user's time zone.</summary>
public enum DueFilter { Any, Overdue, Today, NextSevenDays, NoNextAction }

public enum ApplicationSort { Deadline, Updated, Company }

/// <summary>The list page's choices; the defaults show everything, the closest deadline first.</summary>
public sealed record ApplicationFilter(
    ApplicationStatus? Status = null, string? Text = null, DueFilter Due = DueFilter.Any, ApplicationSort Sort = ApplicationSort.Deadline);

/// <summary>Filters and sorts one user's applications (at most <see cref="ApplicationService.MaxApplications"/>, so in memory).</summary>
public static class ApplicationList
{
    public static List<ApplicationSummary> Apply(IEnumerable<ApplicationSummary> applications, ApplicationFilter filter, DateOnly today)
    {
        var words = (filter.Text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var shown = applications
            .Where(a => filter.Status is not { } status || a.Status == status)
            .Where(a => words.All(word => Mentions(a, word)))
            .Where(a => IsDue(a.NextActionDate, filter.Due, today));
        return filter.Sort switch
        {
            ApplicationSort.Updated => [.. shown.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id)],
            ApplicationSort.Company => [.. shown.OrderBy(a => a.Company, StringComparer.CurrentCultureIgnoreCase)
                .ThenBy(a => a.Role, StringComparer.CurrentCultureIgnoreCase).ThenBy(a => a.Id)],
            _ => [.. shown.OrderBy(a => a.Deadline is null).ThenBy(a => a.Deadline).ThenBy(a => a.Id)],
        };
    }

    private static bool Mentions(ApplicationSummary a, string word) =>
        Contains(a.Company, word) || Contains(a.Role, word) || Contains(a.Location, word) || Contains(a.NextAction, word);

    private static bool Contains(string? text, string word) => text?.Contains(word, StringComparison.CurrentCultureIgnoreCase) == true;

    private static bool IsDue(DateOnly? date, DueFilter due, DateOnly today) => due switch
    {
        DueFilter.Overdue => date < today,
        DueFilter.Today => date == today,
        DueFilter.NextSevenDays => date >= today && date <= today.AddDays(7),
        DueFilter.NoNextAction => date is null,
        _ => true,
    };
}
