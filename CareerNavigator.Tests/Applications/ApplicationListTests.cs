using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Applications;
using CareerNavigator.Web.Applications.Reminders;

namespace CareerNavigator.Tests.Applications;

public sealed class ApplicationListTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static ApplicationSummary App(int id, string company, string role, ApplicationStatus status, DateOnly? deadline = null,
        DateOnly? next = null, int updatedDay = 1, string? location = null) =>
        new(id, company, role, location, status, deadline, next is null ? null : "Follow up", next, false, DateTime.UtcNow,
            new DateTime(2026, 12, updatedDay, 0, 0, 0, DateTimeKind.Utc));

    private static readonly ApplicationSummary[] All =
    [
        App(1, "Northwind", "Data Analyst", ApplicationStatus.Saved, deadline: new(2026, 12, 20), next: new(2026, 12, 5), updatedDay: 3),
        App(2, "contoso", "Nurse", ApplicationStatus.Applied, deadline: new(2026, 12, 10), next: Today, updatedDay: 6, location: "Madrid"),
        App(3, "Fabrikam", "Data Engineer", ApplicationStatus.Interview, next: new(2026, 12, 12), updatedDay: 2),
        App(4, "Adatum", "Teacher", ApplicationStatus.Applied, deadline: new(2026, 12, 8), updatedDay: 5),
    ];

    [Fact]
    public void By_default_everything_shows_with_the_soonest_deadline_first_and_none_last()
    {
        Assert.Equal([4, 2, 1, 3], ApplicationList.Apply(All, new(), Today).Select(a => a.Id));
    }

    [Fact]
    public void Sorting_by_update_puts_the_latest_first_and_by_company_ignores_case()
    {
        Assert.Equal([2, 4, 1, 3], ApplicationList.Apply(All, new(Sort: ApplicationSort.Updated), Today).Select(a => a.Id));
        Assert.Equal([4, 2, 3, 1], ApplicationList.Apply(All, new(Sort: ApplicationSort.Company), Today).Select(a => a.Id));
    }

    [Fact]
    public void Filters_combine_status_words_and_the_next_actions_date()
    {
        Assert.Equal([4, 2], ApplicationList.Apply(All, new(Status: ApplicationStatus.Applied), Today).Select(a => a.Id));
        Assert.Equal([1, 3], ApplicationList.Apply(All, new(Text: "data"), Today).Select(a => a.Id));
        Assert.Equal([2], ApplicationList.Apply(All, new(Text: "madrid NURSE"), Today).Select(a => a.Id));
        Assert.Equal([1], ApplicationList.Apply(All, new(Due: DueFilter.Overdue), Today).Select(a => a.Id));
        Assert.Equal([2], ApplicationList.Apply(All, new(Due: DueFilter.Today), Today).Select(a => a.Id));
        Assert.Equal([2, 3], ApplicationList.Apply(All, new(Due: DueFilter.NextSevenDays), Today).Select(a => a.Id));
        Assert.Equal([4], ApplicationList.Apply(All, new(Due: DueFilter.NoNextAction), Today).Select(a => a.Id));
        Assert.Empty(ApplicationList.Apply(All, new(Status: ApplicationStatus.Offer, Text: "data"), Today));
    }

    [Fact]
    public void Today_is_the_date_in_the_users_time_zone()
    {
        var now = new DateTimeOffset(2026, 12, 9, 19, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 12, 10), UserTimeZones.Today("Pacific/Auckland", now));
        Assert.Equal(new DateOnly(2026, 12, 9), UserTimeZones.Today("America/Los_Angeles", now));
        Assert.Equal(new DateOnly(2026, 12, 9), UserTimeZones.Today(null, now));
        Assert.Equal(new DateOnly(2026, 12, 9), UserTimeZones.Today("Not/AZone", now));
        Assert.Contains("Europe/Madrid", UserTimeZones.All);
        Assert.Contains("UTC", UserTimeZones.All);
        Assert.False(UserTimeZones.IsKnown("../../etc/passwd"));
    }
}
