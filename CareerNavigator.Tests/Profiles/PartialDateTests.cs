using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products;
using CareerNavigator.Web.Profiles;
using CareerNavigator.Web.Profiles.Forms;

namespace CareerNavigator.Tests.Profiles;

/// <summary>Dates are shown, exported and checked only as precisely as they are known.</summary>
public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2017", "2017", "2017")]
    [InlineData("2017-03", "2017-03", "Mar 2017")]
    [InlineData("03/2017", "2017-03", "Mar 2017")]
    [InlineData("March 2017", "2017-03", "Mar 2017")]
    [InlineData("2017-03-14", "2017-03-14", "14 Mar 2017")]
    public void A_date_keeps_the_precision_it_was_written_with(string text, string iso, string shown)
    {
        using var _ = new InvariantCulture();
        var date = PartialDate.Parse(text)!.Value;

        Assert.Equal((iso, shown), (date.Iso, date.ToString()));
    }

    [Theory]
    [InlineData("17")]
    [InlineData("2017-13")]
    [InlineData("2017-02-30")]
    [InlineData("1899")]
    [InlineData("next year")]
    public void What_is_not_a_date_is_not_read_as_one(string text) => Assert.Null(PartialDate.Parse(text));

    [Fact]
    public void Spans_show_each_end_as_known_and_documents_name_at_most_the_month()
    {
        using var _ = new InvariantCulture();
        var job = new JobExperience
        {
            CompanyName = "Acme", Position = "Engineer", StartDate = new(2017, 1, 1), StartDatePrecision = DatePrecision.Year,
            EndDate = new(2019, 6, 14), EndDatePrecision = DatePrecision.Day,
        };

        Assert.Equal("2017 – 14 Jun 2019", Dates.Span(job.Start(), job.End()));
        Assert.Equal("2017 – Jun 2019", DocumentDates.Span(job.StartDate, job.StartDatePrecision, job.EndDate, job.EndDatePrecision));
        // Content stored before precision was kept reads as months, as it always showed.
        Assert.Equal("Jan 2017 – now", DocumentDates.Span(job.StartDate, null, null, null, current: true));
    }

    [Theory]
    [InlineData("2019-03", "2019", true)]
    [InlineData("2019", "2019-01", true)]
    [InlineData("2019-03-14", "2019-03", true)]
    [InlineData("2019", "2018-12", false)]
    [InlineData("2019-03-14", "2019-02", false)]
    public void An_end_may_be_any_day_of_its_month_or_year_but_not_before_the_start(string start, string end, bool valid)
    {
        var (from, to) = (PartialDate.Parse(start)!.Value, PartialDate.Parse(end)!.Value);
        var form = new JobForm
        {
            CompanyName = "Acme", Position = "Engineer",
            StartDate = from.Date.ToDateTime(TimeOnly.MinValue), StartDatePrecision = from.Precision,
            EndDate = to.Date.ToDateTime(TimeOnly.MinValue), EndDatePrecision = to.Precision,
        };

        Assert.Equal(valid, Validator.TryValidateObject(form, new ValidationContext(form), [], validateAllProperties: true));
    }

    [Fact]
    public void A_form_stores_the_first_day_of_a_year_or_month_with_its_precision()
    {
        var form = new EducationForm
        {
            InstitutionName = "TU Berlin", StartDate = new DateTime(2010, 10, 17), StartDatePrecision = DatePrecision.Year,
            EndDate = new DateTime(2014, 7, 9), EndDatePrecision = DatePrecision.Month,
        };
        var study = form.Create();

        form.ApplyTo(study);

        Assert.Equal((new DateOnly(2010, 1, 1), DatePrecision.Year), (study.StartDate!.Value, study.StartDatePrecision));
        Assert.Equal((new DateOnly(2014, 7, 1), DatePrecision.Month), (study.EndDate!.Value, study.EndDatePrecision));
        Assert.Equal((DatePrecision.Year, DatePrecision.Month), (EducationForm.From(study).StartDatePrecision, EducationForm.From(study).EndDatePrecision));
    }

    /// <summary>Month names in English for the assertions, whatever the machine's culture.</summary>
    private sealed class InvariantCulture : IDisposable
    {
        private readonly CultureInfo _previous = CultureInfo.CurrentCulture;

        public InvariantCulture() => CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

        public void Dispose() => CultureInfo.CurrentCulture = _previous;
    }
}
