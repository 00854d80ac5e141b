using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Import;

namespace CareerNavigator.Tests.Import;

public sealed class ImportParsingTests
{
    [Theory]
    [InlineData("Mar 2019", 2019, 3, 1, DatePrecision.Month)]
    [InlineData("March 2019", 2019, 3, 1, DatePrecision.Month)]
    [InlineData("Sept 2019", 2019, 9, 1, DatePrecision.Month)]
    [InlineData("2019", 2019, 1, 1, DatePrecision.Year)]
    [InlineData("14 Mar 2019", 2019, 3, 14, DatePrecision.Day)]
    [InlineData("Mar 14, 2019", 2019, 3, 14, DatePrecision.Day)]
    [InlineData("2019-03-14", 2019, 3, 14, DatePrecision.Day)]
    [InlineData("2019-03", 2019, 3, 1, DatePrecision.Month)]
    [InlineData("03/2019", 2019, 3, 1, DatePrecision.Month)]
    [InlineData("2019-03-14T10:00:00Z", 2019, 3, 14, DatePrecision.Day)]
    [InlineData("  Mar   2019 ", 2019, 3, 1, DatePrecision.Month)]
    public void Export_date_spellings_are_read_at_the_precision_they_state(string text, int year, int month, int day, DatePrecision precision)
    {
        var date = ImportDates.Parse(text);

        Assert.Equal((new DateOnly(year, month, day), precision), (date!.Value.Date, date.Value.Precision));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("13/2019")]
    [InlineData("1066")]
    public void Anything_else_is_not_a_date(string? text)
    {
        Assert.Null(ImportDates.Parse(text));
    }

    [Theory]
    [InlineData("Native or bilingual proficiency", "native")]
    [InlineData("Full professional proficiency", "C2")]
    [InlineData("Professional working proficiency", "C1")]
    [InlineData("Limited working proficiency", "B1")]
    [InlineData("Elementary proficiency", "A2")]
    [InlineData("Mother tongue", "native")]
    [InlineData("Fluent", "C1")]
    [InlineData("Upper intermediate", "B2")]
    [InlineData("Intermediate", "B1")]
    [InlineData("Beginner", "A1")]
    [InlineData("c1 (advanced)", "C1")]
    [InlineData("A2", "A2")]
    public void Proficiency_wording_maps_to_CEFR_levels(string wording, string level)
    {
        Assert.Equal(level, LanguageLevels.FromDescription(wording));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("some")]
    public void Unknown_proficiency_wording_gives_no_level(string? wording)
    {
        Assert.Null(LanguageLevels.FromDescription(wording));
    }

    [Theory]
    [InlineData("3.6", 3.6)]
    [InlineData("3,6", 3.6)]
    [InlineData("3.6/4.0", 3.6)]
    [InlineData("3.6 / 4", 3.6)]
    [InlineData("85%", null)]
    [InlineData("first class", null)]
    public void Scores_that_are_grade_points_become_a_GPA(string score, double? gpa)
    {
        Assert.Equal(gpa, JsonResumeSections.Gpa(score));
    }

    [Fact]
    public void Text_is_tidied_but_keeps_paragraphs()
    {
        Assert.Equal("One two\nthree\n\nFour", TextNormalizer.Document(" One \u00A0 two\u200B \r\nthree\f\n\n\n\u0000Four\t\n\n"));
    }
}
