using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Profiles;
using Bunit;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Components.Profile;
using CareerNavigator.Web.Products.Generation.Llm;
using CareerNavigator.Web.Products.Generation.Llm.CvExtraction;
using CareerNavigator.Web.Import;
using CareerNavigator.Tests.Import;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerNavigator.Tests.Components;

public sealed class ImportPanelTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task Without_an_ai_model_the_panel_offers_the_built_in_reader_and_says_why_the_model_is_absent()
    {
        await using var ctx = Create(new LlmAvailability(false, "CV extraction needs an AI model; none is configured."));

        var panel = ctx.Render<ImportPanel>();

        Assert.Contains("none is configured", panel.Find("[data-testid=cv-extract-unavailable]").TextContent);
        Assert.Empty(panel.FindAll("[data-testid=cv-extract]"));
        Assert.Single(panel.FindAll("button[data-testid=cv-read]"));
    }

    [Fact]
    public async Task The_built_in_reader_previews_records_from_the_cv_text_and_stores_nothing()
    {
        int userId;
        await using (var db = database.CreateContext())
        {
            userId = (await TestUsers.AddAsync(db)).Id;
        }
        await using var ctx = Create(new LlmAvailability(false, "none is configured"), userId);
        var text = File.ReadAllText(Path.Combine(CvReaderFixtureTests.Folder, "en-plain.txt"));

        var panel = ctx.Render<ImportPanel>(p => p.Add(c => c.CurrentCvText, () => text));
        panel.Find("button[data-testid=cv-read]").Click();

        panel.WaitForAssertion(() => Assert.Contains("Lakeshore General Hospital", panel.Find("[data-testid=import-preview]").TextContent));
        Assert.Contains("2 new jobs", panel.Find("[data-testid=import-jobs]").TextContent);
        Assert.Contains("built-in reader", panel.Find("[data-testid=import-preview]").TextContent);
        await using var check = database.CreateContext();
        Assert.False(check.JobExperiences.Any(j => j.UserId == userId));
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

    [Fact]
    public async Task The_preview_marks_each_item_and_counts_the_new_and_the_existing_ones()
    {
        await using var ctx = ComponentTestContext.Create();
        var imported = new ImportedProfile
        {
            FullName = "Jane Doe",
            Jobs =
            [
                new ImportedJob { CompanyName = "Acme", Position = "Engineer", StartDate = new(2019, 3, 1), IsCurrent = true },
                new ImportedJob { CompanyName = "Initech", Position = "Intern", StartDate = new(2017, 6, 1), EndDate = new(2017, 9, 1) },
            ],
            Languages = [new("German", "native")],
        };
        var existing = new ImportComparison.Existing(
            new UserProfile { FullName = "Jane Doe" }, new HashSet<string> { ImportMatching.Job("acme", "engineer", new(2019, 3, 14)) }, new HashSet<string>(), new HashSet<string>(), new HashSet<string>());

        var preview = RenderPreview(ctx, imported, ImportComparison.Compare(imported, existing, overwriteProfileFields: false));

        Assert.Equal("1 new job, 1 already in your profile", preview.Find("[data-testid=import-jobs]").TextContent.Trim());
        Assert.Equal("1 new language", preview.Find("[data-testid=import-languages]").TextContent.Trim());
        Assert.Equal("Name, contact details and summary: no new details, 1 already in your profile", preview.Find("[data-testid=import-profile-fields]").TextContent.Trim());
        var items = preview.FindAll("[data-testid=import-item]");
        Assert.Equal(["in-profile", "in-profile", "new", "new"], items.Select(i => i.GetAttribute("data-mark")));
        Assert.Contains("Engineer · Acme", items[1].TextContent);
        Assert.Contains("already in your profile", items[1].TextContent);
        Assert.Contains("Intern · Initech", items[2].TextContent);
        Assert.Empty(preview.FindAll("[data-testid=import-nothing-new]"));
        Assert.False(preview.Find("button[data-testid=import-confirm]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task When_nothing_is_new_the_preview_says_so_and_offers_no_confirm()
    {
        await using var ctx = ComponentTestContext.Create();
        var imported = new ImportedProfile { Jobs = [new ImportedJob { CompanyName = "Acme", Position = "Engineer", StartDate = new(2019, 3, 1) }] };
        var existing = new ImportComparison.Existing(
            null, new HashSet<string> { ImportMatching.Job("Acme", "Engineer", new(2019, 3, 1)) }, new HashSet<string>(), new HashSet<string>(), new HashSet<string>());

        var preview = RenderPreview(ctx, imported, ImportComparison.Compare(imported, existing, overwriteProfileFields: false));

        Assert.Contains("already in your profile, so there is nothing to add", preview.Find("[data-testid=import-nothing-new]").TextContent);
        Assert.Equal("No new jobs, 1 already in your profile", preview.Find("[data-testid=import-jobs]").TextContent.Trim());
        Assert.Empty(preview.FindAll("[data-testid=import-confirm]"));
        Assert.NotNull(preview.Find("button[data-testid=import-close]"));
    }

    [Fact]
    public async Task Choosing_the_same_export_again_gives_a_fresh_picker_and_a_preview_with_nothing_new()
    {
        int userId;
        await using (var db = database.CreateContext())
        {
            userId = (await TestUsers.AddAsync(db)).Id;
        }
        await using var ctx = Create(new LlmAvailability(false, "No AI model is configured."), userId);
        var panel = ctx.Render<ImportPanel>();
        var export = InputFileContent.CreateFromBinary(LinkedInExportReaderTests.CompleteExport(), "Basic_LinkedInDataExport.zip", contentType: "application/zip");

        var picker = panel.FindComponents<InputFile>()[1];
        var chosen = picker.Instance;
        picker.UploadFiles(export);
        panel.WaitForAssertion(() => Assert.Equal("2 new jobs", panel.Find("[data-testid=import-jobs]").TextContent.Trim()));
        Assert.NotSame(chosen, panel.FindComponents<InputFile>()[1].Instance);
        panel.Find("button[data-testid=import-confirm]").Click();
        panel.WaitForAssertion(() => Assert.Contains("Added 2 job(s)", panel.Find("[data-testid=import-done]").TextContent));

        panel.FindComponents<InputFile>()[1].UploadFiles(export);

        panel.WaitForAssertion(() => Assert.Equal("No new jobs, 2 already in your profile", panel.Find("[data-testid=import-jobs]").TextContent.Trim()));
        Assert.NotNull(panel.Find("[data-testid=import-nothing-new]"));
        Assert.All(panel.FindAll("[data-testid=import-item]"), item => Assert.Equal("in-profile", item.GetAttribute("data-mark")));
        Assert.Empty(panel.FindAll("[data-testid=import-confirm]"));
    }

    private static IRenderedComponent<ImportPreview> RenderPreview(BunitContext ctx, ImportedProfile imported, ImportPlan plan) =>
        ctx.Render<ImportPreview>(p => p
            .Add(c => c.Profile, imported)
            .Add(c => c.Plan, plan)
            .Add(c => c.Source, "your LinkedIn export")
            .Add(c => c.Selection, new ImportPreview.SelectionModel()));

    private BunitContext Create(ILlmAvailability availability, int userId = 1)
    {
        var ctx = ComponentTestContext.Create(database);
        ctx.Services.AddSingleton(availability);
        ctx.Services.AddSingleton(new CvTextExtractor(NullLogger<CvTextExtractor>.Instance));
        ctx.Services.AddSingleton(new CareerNavigator.Web.Import.CvReading.BuiltInCvReader(new CvTextExtractor(NullLogger<CvTextExtractor>.Instance)));
        ctx.Services.AddSingleton(new LinkedInExportReader(NullLogger<LinkedInExportReader>.Instance));
        ctx.Services.AddSingleton(new JsonResumeReader());
        ctx.Services.AddScoped<ProfileImportService>();
        ctx.SignIn(userId, "user@example.com");
        return ctx;
    }
}
