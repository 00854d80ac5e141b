using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Profiles;

namespace CareerNavigator.Web.Applications.Matching.Requirements.Experience;

/// <summary>
/// Months of work in jobs, counting a month once when jobs overlap. A job runs from its start month through the last
/// month of its end (December of an end given as a year), or up to today's month while it is current; a past job
/// without an end date counts its start month only.
/// </summary>
internal static class JobMonths
{
    public static int Total(IEnumerable<JobExperience> jobs, DateOnly today)
    {
        var months = new HashSet<int>();
        foreach (var job in jobs)
        {
            var first = Index(job.StartDate);
            var last = job.End() is { } end ? Index(end.LastDay) : job.IsCurrent ? Index(today) - 1 : first;
            for (var m = first; m <= last; m++)
            {
                months.Add(m);
            }
        }
        return months.Count;
    }

    public static string Words(int months)
    {
        var (years, rest) = (months / 12, months % 12);
        var parts = new List<string>();
        if (years > 0)
        {
            parts.Add(years == 1 ? "1 year" : $"{years} years");
        }
        if (rest > 0 || years == 0)
        {
            parts.Add(rest == 1 ? "1 month" : $"{rest} months");
        }
        return string.Join(' ', parts);
    }

    public static string Period(JobExperience job) => Dates.Span(job.Start(), job.End(), job.IsCurrent);

    private static int Index(DateOnly date) => date.Year * 12 + date.Month - 1;
}
