using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Products.Generation;

/// <summary>The order records are shown and generated in: current job first, then newest first; NULL dates last.</summary>
public static class RecordOrder
{
    public static IReadOnlyList<JobExperience> Jobs(IEnumerable<JobExperience> jobs) =>
        [.. jobs.OrderByDescending(j => j.IsCurrent).ThenByDescending(j => j.StartDate).ThenBy(j => j.Id)];

    public static IReadOnlyList<Course> Courses(IEnumerable<Course> courses) =>
        [.. courses.OrderByDescending(c => c.CompletionDate ?? DateOnly.MinValue).ThenBy(c => c.Id)];

    /// <summary>Studies without an end date but with a start date are taken as ongoing, so they come first.</summary>
    public static IReadOnlyList<AcademicRecord> Education(IEnumerable<AcademicRecord> education) =>
        [.. education
            .OrderByDescending(e => e.EndDate ?? (e.StartDate is null ? DateOnly.MinValue : DateOnly.MaxValue))
            .ThenByDescending(e => e.StartDate ?? DateOnly.MinValue)
            .ThenBy(e => e.Id)];
}
