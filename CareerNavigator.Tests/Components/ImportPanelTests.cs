using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Profiles;
using Bunit;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Components.Profile;
using CareerNavigator.Web.Products.Generation.Llm;
using CareerNavigator.Web.Products.Generation.Llm.CvExtraction;
using CareerNavigator.Web.Import;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerNavigator.Tests.Components;

public sealed class ImportPanelTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task Without_an_ai_model_the_panel_says_why_cv_reading_is_absent()
    {
        await using var ctx = Create(new LlmAvailability(false, "CV extraction needs an AI model; none is configured."));

        var panel = ctx.Render<ImportPanel>();

        Assert.Contains("none is configured", panel.Find("[data-testid=cv-extract-unavailable]").TextContent);
        Assert.Empty(panel.FindAll("[data-testid=cv-extract]"));
    }

    [Fact]
    public async Task With_an_ai_model_the_panel_offers_to_read_the_cv()
    {
        await using var ctx = Create(new LlmAvailability(true, null));

        var panel = ctx.Render<ImportPanel>(p => p.Add(c => c.CurrentCvText, () => "  "));
        panel.Find("button[data-testid=cv-extract]").Click();

        panel.WaitForAssertion(() => Assert.Contains("Paste or import your CV above first.", panel.Find("[data-testid=import-error]").TextContent));
    }

    [Fact]
    public void Proposals_become_an_import_with_the_left_out_count_as_a_warning()
    {
        var proposals = new CvRecordProposals(
            [new ProposedJob("Acme", "Analyst", PartialDate.Parse("2020-01"), PartialDate.Parse("2021"), true, null, null, ["Shipped"], ["SQL"])],
            [new ProposedEducation("Open University", "BSc", "Maths", null, null, null)],
            [],
            Discarded: 2);

        var imported = proposals.ToImportedProfile();

        var job = Assert.Single(imported.Jobs);
        Assert.Equal((new DateOnly(2020, 1, 1), DatePrecision.Month), (job.StartDate!.Value, job.StartDatePrecision));
        Assert.Null(job.EndDate);
        Assert.True(job.IsCurrent);
        Assert.Equal(["SQL"], job.Skills);
        Assert.Equal("Open University", Assert.Single(imported.Education).Institution);
        Assert.Contains("2 suggested entries were left out", Assert.Single(imported.Warnings));
    }

    private BunitContext Create(ILlmAvailability availability)
    {
        var ctx = ComponentTestContext.Create(database);
        ctx.Services.AddSingleton(availability);
        ctx.Services.AddSingleton(new CvTextExtractor(NullLogger<CvTextExtractor>.Instance));
        ctx.Services.AddSingleton(new LinkedInExportReader(NullLogger<LinkedInExportReader>.Instance));
        ctx.Services.AddSingleton(new JsonResumeReader());
        ctx.Services.AddScoped<ProfileImportService>();
        ctx.SignIn(1, "user@example.com");
        return ctx;
    }
}
