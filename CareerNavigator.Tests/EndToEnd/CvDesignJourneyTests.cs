using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Accessibility;
using CareerNavigator.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace CareerNavigator.Tests.EndToEnd;

/// <summary>
/// A new user imports a LinkedIn export, generates a CV, switches its design with the keyboard and the mouse, and
/// downloads it: the files follow the design, and no new version is made.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CvDesignJourneyTests(BrowserFixture browser, BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_imported_profile_becomes_a_cv_whose_design_is_switched_and_downloaded()
    {
        var wizard = await WizardDriver.RegisterAsync(browser.Browser, app.BaseUrl, "cv-design");
        await wizard.ClassifyAsync("10", "Keep growing in the field I work in", "Experienced, growing in your field");
        await wizard.ExpectStepAsync("CV and LinkedIn");
        await BrowserFixture.ChooseFileAsync(wizard.Page.GetByTestId("import-linkedin"), new FilePayload
        {
            Name = "Basic_LinkedInDataExport.zip", MimeType = "application/zip", Buffer = Import.LinkedInExportReaderTests.CompleteExport(),
        });
        await Expect(wizard.Page.GetByTestId("import-preview")).ToContainTextAsync("Jane Doe");
        await wizard.Page.GetByTestId("import-confirm").ClickAsync();
        await Expect(wizard.Page.GetByTestId("import-done")).ToBeVisibleAsync();

        var page = wizard.Page;
        await page.GotoAsync(app.BaseUrl + "products/cv");
        await Expect(page.GetByTestId("generate")).ToHaveCountAsync(1);
        await page.GetByTestId("generate").ClickAsync();
        var cv = page.GetByTestId("cv-document");
        await Expect(cv.GetByTestId("cv-name")).ToHaveTextAsync("Jane Doe", new() { Timeout = 30_000 });
        await Expect(cv).ToContainTextAsync("Acme GmbH");
        await Expect(cv.GetByTestId("cv-skills")).ToContainTextAsync("C#");
        await Expect(cv.GetByTestId("cv-skills")).ToContainTextAsync("PostgreSQL");
        await Expect(cv.GetByTestId("cv-contact")).ToContainTextAsync("https://www.linkedin.com/in/jane-doe-123");
        await Expect(cv.GetByTestId("cv-contact")).ToContainTextAsync("Berlin, Germany");
        await Expect(cv).ToHaveAttributeAsync("data-design", "classic");
        await Expect(page.GetByTestId("design-classic")).ToBeCheckedAsync();
        await BrowserFixture.ScreenshotAsync(page, "cv-design-01-classic");

        // Keyboard: the chosen radio button takes the focus, an arrow key moves to the next design and saves it.
        await page.GetByTestId("design-classic").FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(cv).ToHaveAttributeAsync("data-design", "modern");
        await Expect(cv.Locator(".cv-side")).ToContainTextAsync("Skills");
        await Expect(cv.Locator(".cv-main")).ToContainTextAsync("Experience");
        await Expect(page.GetByTestId("design-modern")).ToBeFocusedAsync();
        await Axe.AssertNoViolationsAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "cv-design-02-modern");

        var pdf = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-pdf-a4").ClickAsync());
        using (var document = PdfDocument.Open(await File.ReadAllBytesAsync((await pdf.PathAsync())!)))
        {
            Assert.Equal("Jane Doe", document.Information.Title);
            var text = document.GetPage(1).Text;
            Assert.True(text.IndexOf("Acme GmbH", StringComparison.Ordinal) < text.IndexOf("Skills", StringComparison.Ordinal), text);
        }
        var docx = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-docx").ClickAsync());
        using (var document = WordprocessingDocument.Open(new MemoryStream(await File.ReadAllBytesAsync((await docx.PathAsync())!)), false))
        {
            Assert.Single(document.MainDocumentPart!.Document!.Body!.Elements<Table>());
        }

        await page.GetByText("Compact", new() { Exact = true }).ClickAsync();
        await Expect(cv).ToHaveAttributeAsync("data-design", "compact");
        await BrowserFixture.ScreenshotAsync(page, "cv-design-03-compact");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.GetByTestId("design-picker")).ToBeHiddenAsync();
        await BrowserFixture.ScreenshotAsync(page, "cv-design-04-compact-print");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.SetViewportSizeAsync(390, 844);
        await page.GetByText("Modern", new() { Exact = true }).ClickAsync();
        await Expect(cv).ToHaveAttributeAsync("data-design", "modern");
        await BrowserFixture.ScreenshotAsync(page, "cv-design-05-modern-phone");
        await page.SetViewportSizeAsync(1280, 900);

        // The version remembers its design; switching made no new version.
        await page.ReloadAsync();
        await Expect(page.GetByTestId("cv-document")).ToHaveAttributeAsync("data-design", "modern");
        await Expect(page.GetByTestId("version-caption")).ToContainTextAsync("Version 1 (active)");
        await using var db = app.CreateContext();
        var userId = await db.UserProfiles.Where(p => p.FullName == "Jane Doe").Select(p => p.UserId).SingleAsync();
        var version = Assert.Single(await db.GeneratedProducts.Where(g => g.UserId == userId && g.ProductType == ProductType.Cv).ToListAsync());
        Assert.Equal(DocumentDesign.Modern, (await db.ProductVersionDesigns.SingleAsync(d => d.GeneratedProductId == version.Id)).Design);
    }
}
