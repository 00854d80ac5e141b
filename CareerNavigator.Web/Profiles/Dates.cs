using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Profiles;

/// <summary>A record's dates for people: "Mar 2019 – now", "2015 – 2019", "Since 14 Jun 2021"; each as precise as it is known.</summary>
public static class Dates
{
    public static string Span(PartialDate? start, PartialDate? end, bool current = false)
    {
        var from = start?.ToString();
        var to = current ? "now" : end?.ToString();
        return (from, to) switch
        {
            (null, null) => "Dates not given",
            (null, _) => $"Until {to}",
            (_, null) => $"Since {from}",
            _ => $"{from} – {to}",
        };
    }

    public static PartialDate Start(this JobExperience job) => new(job.StartDate, job.StartDatePrecision);

    public static PartialDate? End(this JobExperience job) => PartialDate.Of(job.EndDate, job.EndDatePrecision);

    public static PartialDate? Start(this AcademicRecord study) => PartialDate.Of(study.StartDate, study.StartDatePrecision);

    public static PartialDate? End(this AcademicRecord study) => PartialDate.Of(study.EndDate, study.EndDatePrecision);

    public static PartialDate? Completed(this Course course) => PartialDate.Of(course.CompletionDate, course.CompletionDatePrecision);
}
