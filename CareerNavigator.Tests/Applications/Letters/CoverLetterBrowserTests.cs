using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace CareerNavigator.Tests.Applications.Letters;

/// <summary>
/// From an application's page in Chromium: tailor the CV to the advert (a CV version named after the application, opened
/// and downloaded on the CV's page), write the cover letter, read it, download it as PDF and DOCX, write a second version
/// that waits while the first stays active; at desktop and phone widths. Every page photographed is checked
/// against WCAG 2.2 AA (axe-core).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CoverLetterBrowserTests(BrowserFixture browser, BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Password = "a letter for every job";

    [Fact]
    public async Task The_cv_is_tailored_and_a_letter_written_from_the_application_both_downloaded_and_a_new_letter_waits_its_turn()
    {
        var (page, email) = await browser.RegisterAsync(app.BaseUrl, "letter", Password);
        var applicationId = await SeedAsync(email);

        await page.GotoAsync(app.BaseUrl + $"applications/{applicationId}");
        await BrowserFixture.AwaitCircuitAsync(page);

        // Tailor the CV: a CV version named after the application (the first CV, so it is active), opened on the CV's page.
        var tailor = page.GetByTestId("tailor-panel");
        await tailor.GetByRole(AriaRole.Button, new() { Name = "Tailor my CV to this advert" }).ClickAsync();
        await Expect(tailor.GetByTestId("tailor-saved")).ToContainTextAsync("Version 1 of your CV, “For Logistics Coordinator at Kestrel Freight”, is saved and is your active CV.");
        await BrowserFixture.ScreenshotAsync(page, "cover-letter-00-tailored");
        await tailor.GetByTestId("tailor-view").ClickAsync();
        await page.WaitForURLAsync("**/products/cv?version=*");
        await Expect(page.GetByTestId("version-name")).ToHaveTextAsync("“For Logistics Coordinator at Kestrel Freight”");
        await Expect(page.GetByTestId("cv-document")).ToContainTextAsync("For the Logistics Coordinator role: German (B2 or above)");
        var cvPdf = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-pdf-a4").ClickAsync());
        Assert.Equal("cv-v1.pdf", cvPdf.SuggestedFilename);
        await page.GoBackAsync();
        await page.WaitForURLAsync($"**/applications/{applicationId}");
        await BrowserFixture.AwaitCircuitAsync(page);

        var panel = page.GetByTestId("cover-letter-panel");
        await Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "Cover letter", Level = 2 })).ToBeVisibleAsync();
        await Expect(panel.GetByTestId("cover-letter-none")).ToBeVisibleAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = "Write a cover letter" }).ClickAsync();

        var letter = panel.GetByTestId("cover-letter-document");
        await Expect(letter).ToBeVisibleAsync();
        await Expect(letter.GetByTestId("cover-letter-sender")).ToHaveTextAsync("Ana Lima");
        await Expect(letter).ToContainTextAsync("Dear Marta Silva,");
        await Expect(letter).ToContainTextAsync("the Logistics Coordinator position at Kestrel Freight in Porto");
        await Expect(letter).ToContainTextAsync("I speak German (C1).");
        await Expect(letter).ToContainTextAsync("a result I am proud of: cut dispatch errors by a third");
        await Expect(panel.GetByTestId("cover-letter-caption")).ToContainTextAsync("Version 1 (active)");
        await BrowserFixture.ScreenshotAsync(page, "cover-letter-01-written");

        var pdf = await page.RunAndWaitForDownloadAsync(() => panel.GetByTestId("export-pdf-a4").ClickAsync());
        Assert.Equal("cover_letter-v1.pdf", pdf.SuggestedFilename);
        using (var document = PdfDocument.Open(await File.ReadAllBytesAsync((await pdf.PathAsync())!)))
        {
            var text = document.GetPage(1).Text;
            Assert.Contains("Ana Lima", text);
            Assert.Contains("Kestrel Freight", text);
        }
        var docx = await page.RunAndWaitForDownloadAsync(() => panel.GetByTestId("export-docx").ClickAsync());
        using (var document = WordprocessingDocument.Open(new MemoryStream(await File.ReadAllBytesAsync((await docx.PathAsync())!)), false))
        {
            Assert.Contains("Dear Marta Silva,", document.MainDocumentPart!.Document!.Body!.InnerText);
        }

        await panel.GetByRole(AriaRole.Button, new() { Name = "Write a new version" }).ClickAsync();
        await Expect(panel.GetByTestId("cover-letter-notice")).ToHaveTextAsync("Version 2 saved. The active letter is still version 1.");
        await Expect(panel.GetByTestId("version-row")).ToHaveCountAsync(2);
        await Expect(panel.GetByTestId("cover-letter-caption")).ToContainTextAsync("Version 2 (not active)");
        await BrowserFixture.ScreenshotAsync(page, "cover-letter-02-second-version");

        await page.SetViewportSizeAsync(360, 800);
        await Expect(letter).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "cover-letter-03-phone");
        await panel.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "cover-letter-03-phone-panel.png") });

        await using var db = app.CreateContext();
        Assert.Equal([(1, true), (2, false)], await db.GeneratedProducts.Where(g => g.JobApplicationId == applicationId)
            .OrderBy(g => g.Version).Select(g => new ValueTuple<int, bool>(g.Version, g.IsActive)).ToListAsync());
    }

    [Fact]
    public async Task Another_users_application_shows_no_letter_and_offers_nothing_to_write()
    {
        var (_, owner) = await browser.RegisterAsync(app.BaseUrl, "letter", Password);
        var applicationId = await SeedAsync(owner);
        var (page, _) = await browser.RegisterAsync(app.BaseUrl, "letter", Password);

        await page.GotoAsync(app.BaseUrl + $"applications/{applicationId}");
        await BrowserFixture.AwaitCircuitAsync(page);

        await Expect(page.GetByTestId("application-missing")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("cover-letter-panel")).ToHaveCountAsync(0);
    }

    /// <summary>A profile with a name, a job with an achievement, German at C1, and an application whose advert asks for German.</summary>
    private async Task<int> SeedAsync(string email)
    {
        await using var db = app.CreateContext();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        db.UserProfiles.Add(new UserProfile
        {
            UserId = userId, FullName = "Ana Lima", Headline = "Logistics coordinator", CurrentLocation = "Porto, Portugal",
            PublicEmail = "ana.lima@example.org", Languages = [new LanguageSkill("German", "C1"), new LanguageSkill("Portuguese", "native")],
        });
        db.JobExperiences.Add(new JobExperience
        {
            UserId = userId, CompanyName = "Douro Transportes", Position = "Dispatch Planner", StartDate = new DateOnly(2019, 3, 1),
            StartDatePrecision = DatePrecision.Month, IsCurrent = true,
            Achievements = ["Cut dispatch errors by a third with a daily check of the loading lists"], SkillsUsed = ["route planning"],
        });
        var application = new JobApplication
        {
            UserId = userId, Company = "Kestrel Freight", Role = "Logistics Coordinator", Location = "Porto", Status = ApplicationStatus.Saved,
            StatusChangedAt = DateTime.UtcNow, AdvertText = "Logistics Coordinator\n\nRequirements\n- German at B2 level or higher\n- Italian is a plus",
            Contacts = [new ApplicationContact("Marta Silva", "Recruiter", null, null)],
            StatusChanges = [new ApplicationStatusChange { ToStatus = ApplicationStatus.Saved, ChangedAt = DateTime.UtcNow }],
        };
        db.JobApplications.Add(application);
        await db.SaveChangesAsync();
        return application.Id;
    }
}
