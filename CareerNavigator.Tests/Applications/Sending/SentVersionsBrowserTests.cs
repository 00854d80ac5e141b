using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerNavigator.Tests.Applications.Sending;

/// <summary>
/// In Chromium: an application with a tailored CV and a cover letter is marked applied, its page shows what was sent
/// (readable in place, downloadable), and on the CV's page the sent version, no longer active, offers no Delete or Edit.
/// Every page photographed is checked against WCAG 2.2 AA (axe-core), at desktop and phone widths.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SentVersionsBrowserTests(BrowserFixture browser, BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Password = "what was sent stays";

    [Fact]
    public async Task Marking_applied_shows_what_was_sent_and_the_sent_cv_can_no_longer_be_deleted()
    {
        var (page, email) = await browser.RegisterAsync(app.BaseUrl, "sent", Password);
        var applicationId = await SeedAsync(email);
        await page.GotoAsync(app.BaseUrl + $"applications/{applicationId}");
        await BrowserFixture.AwaitCircuitAsync(page);

        var sent = page.GetByTestId("sent-versions");
        await Expect(sent.GetByRole(AriaRole.Heading, new() { Name = "What will be sent", Level = 2 })).ToBeVisibleAsync();
        await Expect(sent.GetByTestId("sent-versions-preview")).ToContainTextAsync("When you mark this application applied");
        var tailor = page.GetByTestId("tailor-panel");
        await tailor.GetByRole(AriaRole.Button, new() { Name = "Tailor my CV to this advert" }).ClickAsync();
        await Expect(tailor.GetByTestId("tailor-saved")).ToContainTextAsync("is your active CV");
        var letters = page.GetByTestId("cover-letter-panel");
        await letters.GetByRole(AriaRole.Button, new() { Name = "Write a cover letter" }).ClickAsync();
        await Expect(letters.GetByTestId("cover-letter-document")).ToBeVisibleAsync();

        await page.GetByTestId("status-move").SelectOptionAsync("Applied");
        await page.GetByTestId("status-move-button").ClickAsync();

        await Expect(page.GetByTestId("application-status-now")).ToHaveTextAsync("Applied");
        await Expect(sent.GetByRole(AriaRole.Heading, new() { Name = "What was sent", Level = 2 })).ToBeVisibleAsync();
        var items = sent.GetByTestId("sent-version");
        await Expect(items).ToHaveCountAsync(2);
        await Expect(items.Nth(0)).ToContainTextAsync("CV, version 1");
        await Expect(items.Nth(0)).ToContainTextAsync("“For Logistics Coordinator at Kestrel Freight”");
        await Expect(items.Nth(1)).ToContainTextAsync("Cover letter, version 1");
        await Expect(items.Nth(1).GetByTestId("export-docx")).ToBeVisibleAsync();
        await items.Nth(1).GetByTestId("sent-version-show").ClickAsync();
        await Expect(items.Nth(1).GetByTestId("sent-version-document")).ToContainTextAsync("Dear Marta Silva,");
        await BrowserFixture.ScreenshotAsync(page, "sent-versions-00-what-was-sent");
        await page.SetViewportSizeAsync(360, 800);
        await Expect(items.Nth(0)).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "sent-versions-01-phone");
        await page.SetViewportSizeAsync(1280, 900);

        // On the CV's page: a new version made active, the sent one still there, marked, with nothing to delete or edit.
        await items.Nth(0).GetByTestId("sent-version-open").ClickAsync();
        await page.WaitForURLAsync("**/products/cv?version=*");
        await BrowserFixture.AwaitCircuitAsync(page);
        await Expect(page.GetByTestId("shown-sent")).ToContainTextAsync("Sent with Logistics Coordinator at Kestrel Freight");
        await page.GetByTestId("generate").ClickAsync();
        var rows = page.GetByTestId("version-row");
        await Expect(rows).ToHaveCountAsync(2);
        await page.Locator("[data-testid=version-row][data-version='2']").GetByTestId("activate-version").ClickAsync();
        await Expect(page.GetByTestId("version-message")).ToHaveTextAsync("Version 2 is now your active CV.");
        var first = page.Locator("[data-testid=version-row][data-version='1']");
        await Expect(first.GetByTestId("sent-marker")).ToHaveTextAsync("Sent");
        await Expect(first.GetByTestId("version-sent")).ToHaveTextAsync("Sent with Logistics Coordinator at Kestrel Freight, so it is kept exactly as sent.");
        await Expect(first.GetByTestId("activate-version")).ToBeVisibleAsync();
        await Expect(first.GetByTestId("delete-version")).ToHaveCountAsync(0);
        await Expect(first.GetByTestId("edit-version")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "sent-versions-02-cv-page");
        await page.SetViewportSizeAsync(360, 800);
        await Expect(first).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "sent-versions-03-cv-page-phone");
    }

    /// <summary>A profile with a name and a job, and a saved application whose advert asks for German (which the profile has).</summary>
    private async Task<int> SeedAsync(string email)
    {
        await using var db = app.CreateContext();
        var userId = db.Users.Where(u => u.Email == email).Select(u => u.Id).Single();
        db.UserProfiles.Add(new UserProfile
        {
            UserId = userId, FullName = "Ana Lima", Headline = "Logistics coordinator", CurrentLocation = "Porto, Portugal",
            Languages = [new LanguageSkill("German", "C1")],
        });
        db.JobExperiences.Add(new JobExperience
        {
            UserId = userId, CompanyName = "Douro Transportes", Position = "Dispatch Planner", StartDate = new DateOnly(2019, 3, 1),
            StartDatePrecision = DatePrecision.Month, IsCurrent = true, SkillsUsed = ["route planning"],
        });
        var application = new JobApplication
        {
            UserId = userId, Company = "Kestrel Freight", Role = "Logistics Coordinator", Location = "Porto", Status = ApplicationStatus.Saved,
            StatusChangedAt = DateTime.UtcNow, AdvertText = "Logistics Coordinator\n\nRequirements\n- German at B2 level or higher",
            Contacts = [new ApplicationContact("Marta Silva", "Recruiter", null, null)],
            StatusChanges = [new ApplicationStatusChange { ToStatus = ApplicationStatus.Saved, ChangedAt = DateTime.UtcNow }],
        };
        db.JobApplications.Add(application);
        await db.SaveChangesAsync();
        return application.Id;
    }
}
