using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tests.Products.Generation.Llm;
using CareerNavigator.Web.Products.Generation.Llm;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.Cv;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerNavigator.Tests.Products.Sources;

/// <summary>
/// In Chromium, with a loopback model that invents a fact in each document: from an application's page the CV is
/// tailored and the letter written, each shows its invented fact marked in its sentence with the downloads held back;
/// the user edits the letter's away and confirms the CV's, and both download. Every page photographed is checked against WCAG 2.2 AA (axe-core).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SourceCheckBrowserTests(BrowserFixture browser, SourceCheckBrowserTests.App app) : IClassFixture<SourceCheckBrowserTests.App>
{
    private const string Password = "every fact has a source";

    [Fact]
    public async Task A_tailored_cv_and_a_letter_show_their_invented_facts_marked_and_download_once_the_user_confirms_them()
    {
        var (page, email) = await browser.RegisterAsync(app.BaseUrl, "sources", Password);
        var applicationId = await SeedAsync(email);
        app.Model.Script(Reply.Answer(ProductJson.Serialize(TailoredCv())),
            Reply.Answer(ProductJson.Serialize(SourceClaimsTests.Letter("I am applying for the Logistics Coordinator role at Kestrel Freight.",
                "At Douro Transportes I plan the dispatch of 40 trucks a day."))));

        await page.GotoAsync(app.BaseUrl + $"applications/{applicationId}");
        await BrowserFixture.AwaitCircuitAsync(page);

        // The tailored CV states an award the records do not hold: it is saved, not made active, and says so.
        var tailor = page.GetByTestId("tailor-panel");
        await tailor.GetByRole(AriaRole.Button, new() { Name = "Tailor my CV to this advert" }).ClickAsync();
        await Expect(tailor.GetByTestId("tailor-saved")).ToContainTextAsync("It states 1 fact we could not find in your profile or the advert");
        await Expect(tailor.GetByTestId("tailor-activate")).ToHaveCountAsync(0);

        // The letter claims a number of trucks: marked in its sentence, downloads held back.
        var panel = page.GetByTestId("cover-letter-panel");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Write a cover letter" }).ClickAsync();
        var claims = panel.GetByTestId("claims-panel");
        await Expect(claims.GetByRole(AriaRole.Heading, new() { Name = "Check 1 fact before you use this version", Level = 3 })).ToBeVisibleAsync();
        await Expect(claims.GetByTestId("claim")).ToHaveAttributeAsync("data-kind", "number");
        await Expect(claims.Locator("mark")).ToHaveTextAsync("40");
        await Expect(claims.Locator("blockquote")).ToHaveTextAsync("At Douro Transportes I plan the dispatch of 40 trucks a day.");
        await Expect(panel.GetByTestId("export-blocked")).ToBeVisibleAsync();
        await Expect(panel.GetByTestId("export-pdf-a4")).ToHaveCountAsync(0);
        await Expect(panel.GetByTestId("cover-letter-caption")).ToContainTextAsync("Version 1 (not active)");
        await BrowserFixture.ScreenshotAsync(page, "source-check-00-letter-claim");

        // Edited away: the edit page opens from the panel; the new version states no number, becomes the active letter and downloads.
        await claims.GetByTestId("claims-edit").ClickAsync();
        await page.WaitForURLAsync("**/products/cover_letter/versions/*/edit");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Edit Cover letter version 1", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Paragraph 2").FillAsync("At Douro Transportes I plan the dispatch of the whole fleet every day.");
        await BrowserFixture.ScreenshotAsync(page, "source-check-01-letter-edit");
        await page.GetByTestId("save-version").ClickAsync();
        await page.WaitForURLAsync($"**/applications/{applicationId}?letter=*");
        await Expect(panel.GetByTestId("cover-letter-caption")).ToContainTextAsync("Version 2 (active) · edited by you");
        await Expect(panel.GetByTestId("claims-panel")).ToHaveCountAsync(0);
        var pdf = await page.RunAndWaitForDownloadAsync(() => panel.GetByTestId("export-pdf-a4").ClickAsync());
        Assert.Equal("cover_letter-v2.pdf", pdf.SuggestedFilename);
        var docx = await page.RunAndWaitForDownloadAsync(() => panel.GetByTestId("export-docx").ClickAsync());
        Assert.Equal("cover_letter-v2.docx", docx.SuggestedFilename);

        // The CV's page shows the tailored version with its award marked; confirming it (with the keyboard) lets it download.
        await page.GotoAsync(app.BaseUrl + "products/cv");
        var cvClaims = page.GetByTestId("claims-panel");
        await Expect(cvClaims.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Check 1 fact before you use this version" })).ToBeVisibleAsync();
        await Expect(cvClaims.Locator("mark")).ToHaveTextAsync("Golden Ledger Award");
        await Expect(cvClaims.GetByTestId("claims-edit")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("export-blocked")).ToBeVisibleAsync();
        // Nor does it print: on paper the page says why instead.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.GetByTestId("cv-document")).ToBeHiddenAsync();
        await Expect(page.GetByText("This version can't be printed yet")).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.SetViewportSizeAsync(360, 800);
        await BrowserFixture.ScreenshotAsync(page, "source-check-02-cv-claim-phone");
        await page.SetViewportSizeAsync(1280, 900);
        await cvClaims.GetByTestId("claim-confirm").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByTestId("claims-panel")).ToHaveCountAsync(0);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.GetByTestId("cv-document")).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        var cvPdf = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-pdf-a4").ClickAsync());
        Assert.Equal("cv-v1.pdf", cvPdf.SuggestedFilename);
        await BrowserFixture.ScreenshotAsync(page, "source-check-03-cv-resolved");

        await using var db = app.CreateContext();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        Assert.Equal(["Golden Ledger Award"], await db.ConfirmedFacts.Where(f => f.UserId == userId).Select(f => f.Text).ToListAsync());
        Assert.Equal(2, await db.GeneratedProducts.CountAsync(g => g.UserId == userId && g.IsActive));
    }

    /// <summary>The model's CV: the seeded job as it is, and an award nowhere in the records.</summary>
    private static CvContent TailoredCv() => new()
    {
        Header = new CvHeader { Name = "Ana Lima", Headline = "Dispatch planner", Location = null, Email = null, LinkedinUrl = null, Phone = null, Links = [] },
        Summary = "Dispatch planner at Douro Transportes. Winner of the Golden Ledger Award.",
        SectionOrder = [CvSection.Experience, CvSection.Skills, CvSection.Languages],
        Experience =
        [
            new CvExperience
            {
                Position = "Dispatch Planner", Employer = "Douro Transportes", Location = null, StartDate = new DateOnly(2019, 3, 1), EndDate = null,
                StartPrecision = DatePrecision.Month, EndPrecision = null, IsCurrent = true, Description = null,
                Achievements = ["Cut dispatch errors by a third with a daily check of the loading lists"], Skills = ["route planning"],
            },
        ],
        Education = [],
        Certifications = [],
        Skills = ["route planning"],
        Languages = [new SpokenLanguage { Language = "German", Proficiency = "C1" }],
    };

    private async Task<int> SeedAsync(string email)
    {
        await using var db = app.CreateContext();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        db.UserProfiles.Add(new UserProfile { UserId = userId, FullName = "Ana Lima", Headline = "Dispatch planner", Languages = [new LanguageSkill("German", "C1")] });
        db.JobExperiences.Add(new JobExperience
        {
            UserId = userId, CompanyName = "Douro Transportes", Position = "Dispatch Planner", StartDate = new DateOnly(2019, 3, 1),
            StartDatePrecision = DatePrecision.Month, IsCurrent = true,
            Achievements = ["Cut dispatch errors by a third with a daily check of the loading lists"], SkillsUsed = ["route planning"],
        });
        var application = new JobApplication
        {
            UserId = userId, Company = "Kestrel Freight", Role = "Logistics Coordinator", Location = "Porto", Status = ApplicationStatus.Saved,
            StatusChangedAt = DateTime.UtcNow, AdvertText = "Logistics Coordinator\n\nRequirements\n- German at B2 level or higher",
            StatusChanges = [new ApplicationStatusChange { ToStatus = ApplicationStatus.Saved, ChangedAt = DateTime.UtcNow }],
        };
        db.JobApplications.Add(application);
        await db.SaveChangesAsync();
        return application.Id;
    }

    /// <summary>The app with its model on a loopback server the test scripts.</summary>
    public sealed class App : BrowserApp
    {
        public FakeChatServer Model { get; private set; } = default!;

        protected override (string Key, string? Value)[] Settings =>
            [.. LlmTestApp.Settings(Model, LlmOptions.OpenAI).Select(s => (s.Key, s.Value))];

        public override async Task InitializeAsync()
        {
            Model = await FakeChatServer.StartAsync();
            await base.InitializeAsync();
        }

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            await Model.DisposeAsync();
        }
    }
}
