using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Import;
using CareerNavigator.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerNavigator.Tests.EndToEnd;

/// <summary>A PDF CV read by the built-in reader in Chromium: previewed (and checked with axe), confirmed, found in the profile.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CvReaderJourneyTests(BrowserFixture browser, BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_pdf_cv_becomes_jobs_and_schools_after_the_user_confirms_the_preview()
    {
        var wizard = await WizardDriver.RegisterAsync(browser.Browser, app.BaseUrl, "cv-reader");
        await wizard.ClassifyAsync("10", "Keep growing in the field I work in", "Experienced, growing in your field");
        await wizard.ExpectStepAsync("CV and LinkedIn");

        await BrowserFixture.ChooseFileAsync(wizard.Page.GetByTestId("import-cv"), new FilePayload
        {
            Name = "olivia-hartwell-cv.pdf", MimeType = "application/pdf",
            Buffer = await File.ReadAllBytesAsync(Path.Combine(CvReaderFixtureTests.Folder, "en-chromium-one-column.pdf")),
        });

        var preview = wizard.Page.GetByTestId("import-preview");
        await Expect(preview).ToContainTextAsync("built-in reader");
        await Expect(preview).ToContainTextAsync("Brightwater Analytics Ltd");
        await Expect(preview).ToContainTextAsync("University of Leeds");
        await Expect(wizard.Page.GetByTestId("import-jobs")).ToHaveTextAsync("3 new jobs");
        await Expect(wizard.Page.GetByLabel("Your CV", new() { Exact = true })).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Kestrel Payments"));
        await wizard.ShotAsync("cv-preview");

        await using (var db = app.CreateContext())
        {
            Assert.False(await db.JobExperiences.AnyAsync(j => j.CompanyName == "Brightwater Analytics Ltd" && j.User!.Email!.StartsWith("cv-reader")));
        }
        await wizard.Page.GetByTestId("import-confirm").ClickAsync();
        await Expect(wizard.Page.GetByTestId("import-done")).ToContainTextAsync("Added 3 job(s), 1 education record(s)");

        await wizard.Page.GotoAsync(app.BaseUrl + "profile");
        await Expect(wizard.Page.GetByText("Brightwater Analytics Ltd").First).ToBeVisibleAsync();
        await Expect(wizard.Page.GetByText("University of Leeds").First).ToBeVisibleAsync();
        await wizard.ShotAsync("profile-after-cv");

        await using var check = app.CreateContext();
        var job = await check.JobExperiences.SingleAsync(j => j.CompanyName == "Brightwater Analytics Ltd" && j.User!.Email!.StartsWith("cv-reader"));
        Assert.Equal(("Senior Backend Engineer", new DateOnly(2019, 3, 1), DatePrecision.Month, true), (job.Position, job.StartDate, job.StartDatePrecision, job.IsCurrent));
        var school = await check.AcademicRecords.SingleAsync(a => a.UserId == job.UserId);
        Assert.Equal(("University of Leeds", DatePrecision.Year), (school.InstitutionName, school.StartDatePrecision));
    }
}
