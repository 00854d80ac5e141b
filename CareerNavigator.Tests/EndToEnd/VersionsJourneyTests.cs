using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.DemoData;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace CareerNavigator.Tests.EndToEnd;

/// <summary>A job seeker keeps two CV versions, edits one, compares, goes back to the older one and downloads it as a PDF.</summary>
[Collection(BrowserCollection.Name)]
public sealed class VersionsJourneyTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly MigratedDatabase _database = new();
    private AppFactory _app = default!;
    private string _baseUrl = "";

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _app = new AppFactory(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:DefaultConnection"] = _database.ConnectionString,
            ["DemoData:Enabled"] = "true",
        });
        _baseUrl = _app.StartKestrel();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Two_cv_versions_are_compared_the_older_one_is_activated_and_downloaded_as_a_pdf()
    {
        var page = await SignInAsync(DemoPersonas.All[0].Email);
        await page.GotoAsync(_baseUrl + "products/cv");
        await GenerateAsync(page, "Version 1 (active)");
        await GenerateAsync(page, "Version 2 (not active)");
        var rows = page.GetByTestId("version-row");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(1).GetByTestId("active-marker")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "versions-01-history");

        // Version 2 becomes an edited version 3 with a new summary.
        await rows.Nth(0).GetByTestId("edit-version").ClickAsync();
        await page.WaitForURLAsync("**/versions/*/edit");
        await Expect(page.GetByTestId("cv-version-form")).ToBeVisibleAsync();
        await page.GetByLabel("Profile summary").FillAsync("Backend engineer who ships reliable payment systems.");
        await BrowserFixture.ScreenshotAsync(page, "versions-02-edit");
        await page.GetByTestId("save-version").ClickAsync();
        await page.WaitForURLAsync("**/products/cv?version=*");
        await Expect(page.GetByTestId("version-caption")).ToContainTextAsync("Version 3 (not active) · edited by you");

        await rows.Nth(0).GetByTestId("pick-version").ClickAsync();
        await rows.Nth(1).GetByTestId("pick-version").ClickAsync();
        await page.GetByTestId("compare").ClickAsync();
        var compare = page.GetByTestId("version-compare");
        await Expect(compare).ToContainTextAsync("Version 2 compared with version 3");
        await Expect(compare.GetByTestId("difference")).ToHaveCountAsync(1);
        await Expect(compare).ToContainTextAsync("Backend engineer who ships reliable payment systems.");
        await BrowserFixture.ScreenshotAsync(page, "versions-03-compare");

        // Make version 3 active, then go back to the older version 1.
        await rows.Nth(0).GetByTestId("activate-version").ClickAsync();
        await Expect(rows.Nth(0).GetByTestId("active-marker")).ToBeVisibleAsync();
        await rows.Nth(2).GetByTestId("activate-version").ClickAsync();
        await Expect(page.GetByTestId("version-message")).ToContainTextAsync("Version 1 is now your active CV.");
        await Expect(page.GetByTestId("active-marker")).ToHaveCountAsync(1);
        await Expect(rows.Nth(2).GetByTestId("active-marker")).ToBeVisibleAsync();

        await rows.Nth(2).GetByTestId("view-version").ClickAsync();
        await Expect(page.GetByTestId("version-caption")).ToContainTextAsync("Version 1 (active)");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-pdf-a4").ClickAsync());
        Assert.Equal("cv-v1.pdf", download.SuggestedFilename);
        using (var pdf = PdfDocument.Open(await File.ReadAllBytesAsync((await download.PathAsync())!)))
        {
            Assert.Contains("Ribera Payments", string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
        }
        await BrowserFixture.ScreenshotAsync(page, "versions-04-older-active");

        await page.SetViewportSizeAsync(390, 844);
        await page.GetByTestId("version-history").ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(page, "versions-05-history-phone");
    }

    private static async Task GenerateAsync(IPage page, string caption)
    {
        await Expect(page.GetByTestId("generate")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("generate")).ToBeEnabledAsync();
        await page.GetByTestId("generate").ClickAsync();
        await Expect(page.GetByTestId("version-caption")).ToContainTextAsync(caption, new() { Timeout = 30_000 });
    }

    private async Task<IPage> SignInAsync(string email)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        // The first page of a freshly started app (demo data, ESCO catalog warm-up) can take longer on a busy machine.
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(_baseUrl + "Account/Login");
        await page.FillAsync("input[name='Input.Email']", email);
        await page.FillAsync("input[name='Input.Password']", DemoAccounts.Password);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/dashboard");
        return page;
    }
}
