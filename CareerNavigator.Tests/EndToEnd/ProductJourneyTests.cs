using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.DemoData;
using CareerNavigator.Web.Products;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerNavigator.Tests.EndToEnd;

/// <summary>A demo user signs in and generates every document with the built-in generator; screenshots of each page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ProductJourneyTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly MigratedDatabase _database = new();
    private AppFactory _app = default!;
    private string _baseUrl = "";

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        // The demo personas, seeded by the app itself as in Development: complete profiles, one per user group.
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
    public async Task A_job_seeker_generates_a_cv_a_plan_and_every_other_document_and_sees_them_rendered()
    {
        var page = await SignInAsync(DemoPersonas.All[0].Email);

        // The drawer (and its links) appears once the circuit is live.
        await page.GetByRole(AriaRole.Link, new() { Name = "Documents", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/products");
        await Expect(page.GetByTestId("product-card-cv")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("products-group")).ToHaveTextAsync("Experienced, growing in your field");
        await BrowserFixture.ScreenshotAsync(page, "products-01-list-empty");

        await page.GetByTestId("product-card-cv").GetByRole(AriaRole.Link, new() { Name = "CV" }).ClickAsync();
        await page.WaitForURLAsync("**/products/cv");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "CV", Level = 1 })).ToBeVisibleAsync();
        await GenerateAsync(page);
        var cv = page.GetByTestId("cv-document");
        await Expect(cv).ToContainTextAsync("Meridiana Logistics Tech");
        await Expect(cv).ToContainTextAsync("Ribera Payments");
        await Expect(cv.GetByTestId("cv-name")).ToHaveTextAsync("Lucía Fernández Martín");
        await Expect(page.GetByTestId("version-caption")).ToContainTextAsync("Version 1 (active)");
        await BrowserFixture.ScreenshotAsync(page, "products-02-cv");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.GetByTestId("generate")).ToBeHiddenAsync();
        await BrowserFixture.ScreenshotAsync(page, "products-03-cv-print");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        await page.SetViewportSizeAsync(390, 844);
        await Expect(cv).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "products-04-cv-phone");
        await page.SetViewportSizeAsync(1280, 900);

        await page.GotoAsync(_baseUrl + "products/career_plan_1y");
        await GenerateAsync(page);
        await Expect(page.GetByTestId("plan-milestone")).ToHaveCountAsync(4);
        await Expect(page.GetByTestId("plan-milestone").First).ToContainTextAsync("Q1");
        await Expect(page.GetByTestId("plan-risk").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "products-05-plan-1y");

        var others = new (ProductType Type, string Rendered)[]
        {
            (ProductType.LinkedInExport, "linkedin-document"),
            (ProductType.SuggestedCourses, "course-card"),
            (ProductType.PossibleJobs, "job-card"),
            (ProductType.PossibleCompanies, "company-card"),
            (ProductType.CareerPlan3Y, "plan-milestone"),
            (ProductType.CareerPlan5Y, "plan-milestone"),
            (ProductType.RelocationHelp, "relocation-destination"),
        };
        var shot = 6;
        foreach (var (type, rendered) in others)
        {
            await page.GotoAsync(_baseUrl + ProductUrls.Page(type));
            await GenerateAsync(page);
            await Expect(page.GetByTestId(rendered).First).ToBeVisibleAsync();
            await BrowserFixture.ScreenshotAsync(page, $"products-{shot++:00}-{type.Label()}");
        }

        // The relocation checklist is meant to be printed and ticked on paper: its boxes must survive printing.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".relocation-item svg").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, $"products-{shot++:00}-relocation_help-print");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        await page.GotoAsync(_baseUrl + "products");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Documents", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("product-state").Filter(new() { HasText = "None yet" })).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, $"products-{shot++:00}-list-complete");

        await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard", Exact = true }).ClickAsync();
        await page.GetByTestId("all-documents").WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, $"products-{shot:00}-dashboard");
        await page.GetByRole(AriaRole.Link, new() { Name = "1-year plan" }).ClickAsync();
        await page.WaitForURLAsync("**/products/career_plan_1y");
        await Expect(page.GetByTestId("plan-milestone")).ToHaveCountAsync(4);
    }

    [Fact]
    public async Task Copying_a_linkedin_section_puts_its_text_on_the_clipboard()
    {
        var page = await SignInAsync(DemoPersonas.All[1].Email);
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = _baseUrl.TrimEnd('/') });

        await page.GotoAsync(_baseUrl + "products/linkedin_export");
        await GenerateAsync(page);
        var headline = page.GetByTestId("linkedin-headline");
        await headline.GetByRole(AriaRole.Button, new() { Name = "Copy headline" }).ClickAsync();

        await Expect(headline.GetByTestId("copy-button")).ToContainTextAsync("Copied");
        var copied = await page.EvaluateAsync<string>("navigator.clipboard.readText()");
        Assert.Equal(await headline.Locator(".copyable-text").InnerTextAsync(), copied);
    }

    private static async Task GenerateAsync(IPage page)
    {
        // A product page has one generate button; the list, which client-side navigation may still show, has nine.
        await Expect(page.GetByTestId("generate")).ToHaveCountAsync(1);
        await page.GetByTestId("generate").ClickAsync();
        await Expect(page.GetByTestId("version-caption")).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    private async Task<IPage> SignInAsync(string email)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
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
