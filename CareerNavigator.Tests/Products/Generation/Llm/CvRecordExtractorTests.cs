using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Profiles;
using System.Text.Json;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.Llm;
using CareerNavigator.Web.Products.Generation.Llm.CvExtraction;

namespace CareerNavigator.Tests.Products.Generation.Llm;

/// <summary>CV text to proposed records, through both SDKs with plain (non-streamed) JSON answers.</summary>
public sealed class CvRecordExtractorTests
{
    private static readonly string Cv = TestInputs.Persona(0).Profile.CvContent!;

    private static readonly ExtractedJob Meridiana = new("Meridiana Logistics Tech", "Senior Backend Engineer", "2022-06", null, true,
        "Madrid", null, ["Led the move of the shipment-tracking monolith to event-driven services"], ["C#", "Kafka"]);

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Jobs_education_and_courses_in_the_CV_become_proposals(string provider)
    {
        var answer = new CvExtractionAnswer(
            [Meridiana, new ExtractedJob("Ribera Payments", "Backend Engineer", "2019-03", "2022-05", false, "Valencia", null, [], [])],
            [new ExtractedEducation(Education().InstitutionName, "BSc", null, "2012", "2016", null)],
            []);
        await using var server = await FakeChatServer.StartAsync(Reply.Answer(Json(answer)));
        await using var app = LlmTestApp.Create(server, provider);

        var proposals = await app.Extractor.ExtractAsync(Cv, CancellationToken.None);

        Assert.Equal(["Meridiana Logistics Tech", "Ribera Payments"], proposals.Jobs.Select(j => j.CompanyName));
        Assert.Equal(new PartialDate(new DateOnly(2022, 6, 1), DatePrecision.Month), proposals.Jobs[0].StartDate);
        Assert.Null(proposals.Jobs[0].EndDate);
        Assert.True(proposals.Jobs[0].IsCurrent);
        Assert.Equal(new PartialDate(new DateOnly(2022, 5, 1), DatePrecision.Month), proposals.Jobs[1].EndDate);
        Assert.Equal(new PartialDate(new DateOnly(2012, 1, 1), DatePrecision.Year), Assert.Single(proposals.Education).StartDate);
        Assert.Equal(0, proposals.Discarded);

        var request = Assert.Single(server.Received);
        Assert.False(request.Streams);
        Assert.Equal("cv_records", request.Body["response_format"]!["json_schema"]!["name"]!.GetValue<string>());
        Assert.NotNull(request.Body["response_format"]!["json_schema"]!["schema"]!["properties"]!["jobs"]!["items"]!["properties"]!["company_name"]);
        Assert.Contains("Meridiana Logistics Tech", request.Messages[1].Text);
    }

    [Fact]
    public async Task Entries_naming_an_employer_school_or_course_not_in_the_CV_are_dropped()
    {
        var answer = new CvExtractionAnswer(
            [Meridiana, new ExtractedJob("Globex Corporation", "CTO", "2010", "2015", false, null, null, [], [])],
            [new ExtractedEducation("Harvard University", "PhD", "Physics", null, "2009", null)],
            [new ExtractedCourse("Quantum Leadership Masterclass", null, null, null, [])]);
        await using var server = await FakeChatServer.StartAsync(Reply.Answer(Json(answer)));
        await using var app = LlmTestApp.Create(server, LlmOptions.OpenAI);

        var proposals = await app.Extractor.ExtractAsync(Cv, CancellationToken.None);

        Assert.Equal("Meridiana Logistics Tech", Assert.Single(proposals.Jobs).CompanyName);
        Assert.Empty(proposals.Education);
        Assert.Empty(proposals.Courses);
        Assert.Equal(3, proposals.Discarded);
    }

    [Fact]
    public async Task A_job_without_a_company_is_asked_for_again()
    {
        var incomplete = new CvExtractionAnswer([Meridiana with { CompanyName = " " }], [], []);
        var fixedAnswer = new CvExtractionAnswer([Meridiana], [], []);
        await using var server = await FakeChatServer.StartAsync(Reply.Answer(Json(incomplete)), Reply.Answer(Json(fixedAnswer)));
        await using var app = LlmTestApp.Create(server, LlmOptions.AzureOpenAI);

        var proposals = await app.Extractor.ExtractAsync(Cv, CancellationToken.None);

        Assert.Single(proposals.Jobs);
        Assert.Contains("jobs[0] needs both company_name and position.", server.LastRequest.Messages[^1].Text);
    }

    [Theory]
    [InlineData("""{"jobs":[]}""")]
    [InlineData("""{"jobs":[{"company_name":"Meridiana Logistics Tech"}],"education":[],"courses":[]}""")]
    public async Task An_answer_missing_required_fields_twice_fails(string answer)
    {
        await using var server = await FakeChatServer.StartAsync(Reply.Answer(answer));
        await using var app = LlmTestApp.Create(server, LlmOptions.OpenAI);

        var failure = await Assert.ThrowsAsync<GenerationFailedException>(() => app.Extractor.ExtractAsync(Cv, CancellationToken.None));

        Assert.Equal(2, server.Received.Count);
        Assert.Contains("expected shape", failure.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n ")]
    public async Task An_empty_CV_proposes_nothing_without_asking_the_model(string? cv)
    {
        await using var server = await FakeChatServer.StartAsync(Reply.Answer("{}"));
        await using var app = LlmTestApp.Create(server, LlmOptions.OpenAI);

        Assert.Same(CvRecordProposals.None, await app.Extractor.ExtractAsync(cv, CancellationToken.None));
        Assert.Empty(server.Received);
    }

    [Fact]
    public async Task A_CV_too_long_to_read_is_refused_with_its_length()
    {
        await using var server = await FakeChatServer.StartAsync(Reply.Answer("{}"));
        await using var app = LlmTestApp.Create(server, LlmOptions.OpenAI);

        var failure = await Assert.ThrowsAsync<GenerationFailedException>(() =>
            app.Extractor.ExtractAsync(new string('x', CvRecordExtractor.MaxCvLength + 1), CancellationToken.None));

        Assert.Contains("too long", failure.Message);
        Assert.Empty(server.Received);
    }

    [Theory]
    [InlineData("2021-03-15", 2021, 3, 15, DatePrecision.Day)]
    [InlineData("2021-03", 2021, 3, 1, DatePrecision.Month)]
    [InlineData("2021", 2021, 1, 1, DatePrecision.Year)]
    [InlineData(" 2021 ", 2021, 1, 1, DatePrecision.Year)]
    public void CV_dates_keep_the_precision_the_CV_gives(string text, int year, int month, int day, DatePrecision precision) =>
        Assert.Equal(new PartialDate(new DateOnly(year, month, day), precision), CvDates.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("present")]
    [InlineData("March 2021")]
    [InlineData("2021-13")]
    [InlineData("1066")]
    public void Anything_else_is_no_date(string? text) => Assert.Null(CvDates.Parse(text));

    private static CareerNavigator.Data.Entities.AcademicRecord Education() => TestInputs.Persona(0).Education[0];

    private static string Json(CvExtractionAnswer answer) => JsonSerializer.Serialize(answer, ContentSchemas.Json);
}
