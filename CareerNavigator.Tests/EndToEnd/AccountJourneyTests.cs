using CareerNavigator.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CareerNavigator.Tests.EndToEnd;

/// <summary>Real Chromium against the real app on Kestrel and PostgreSQL.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountJourneyTests(BrowserFixture browser, BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Password = "a sentence is a good password";

    private string BaseUrl => app.BaseUrl;

    [Fact]
    public async Task A_visitor_registers_reaches_the_dashboard_signs_out_and_signs_in_again()
    {
        var email = TestUsers.UniqueEmail("journey");
        var page = await NewPageAsync();

        await page.GotoAsync(BaseUrl);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Know where you stand" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "01-landing");

        await page.GetByRole(AriaRole.Link, new() { Name = "Create your free account" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Create your account" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "02-register");
        await page.FillAsync("input[name='Input.Email']", email);
        await page.FillAsync("input[name='Input.Password']", Password);
        await page.FillAsync("input[name='Input.ConfirmPassword']", Password);
        await page.Locator("button[type=submit]").ClickAsync();

        await page.WaitForURLAsync("**/dashboard");
        await Expect(page.GetByTestId("products-empty")).ToBeVisibleAsync();
        await Expect(page.GetByText(email)).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "03-dashboard-new-user");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Create your free account" })).ToBeVisibleAsync();

        await page.GotoAsync(BaseUrl + "Account/Login");
        await BrowserFixture.ScreenshotAsync(page, "04-login");
        await page.FillAsync("input[name='Input.Email']", email);
        await page.FillAsync("input[name='Input.Password']", Password);
        await page.Locator("button[type=submit]").ClickAsync();

        await page.WaitForURLAsync("**/dashboard");
        await Expect(page.GetByTestId("profile-percent")).ToHaveTextAsync("0%");
    }

    [Fact]
    public async Task Repeated_wrong_passwords_show_the_lockout_page()
    {
        var email = TestUsers.UniqueEmail("lockout");
        var page = await NewPageAsync();
        await page.GotoAsync(BaseUrl + "Account/Register");
        await page.FillAsync("input[name='Input.Email']", email);
        await page.FillAsync("input[name='Input.Password']", Password);
        await page.FillAsync("input[name='Input.ConfirmPassword']", Password);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/dashboard");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Create your free account" })).ToBeVisibleAsync();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await page.GotoAsync(BaseUrl + "Account/Login", new() { WaitUntil = WaitUntilState.Load });
            await page.FillAsync("input[name='Input.Email']", email);
            await page.FillAsync("input[name='Input.Password']", $"wrong guess {attempt}");
            await page.Locator("button[type=submit]").ClickAsync();
            await Expect(page.GetByText("don't match an account")).ToBeVisibleAsync();
            if (attempt == 1)
            {
                await BrowserFixture.ScreenshotAsync(page, "05-login-wrong-password");
            }
        }

        // The account is locked now; only the right password learns it.
        await page.GotoAsync(BaseUrl + "Account/Login", new() { WaitUntil = WaitUntilState.Load });
        await page.FillAsync("input[name='Input.Email']", email);
        await page.FillAsync("input[name='Input.Password']", Password);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/Account/Lockout");
        await Expect(page.GetByText("Too many attempts")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "06-lockout");
    }

    [Fact]
    public async Task The_landing_page_and_dashboard_fit_a_phone_screen()
    {
        var page = await NewPageAsync(new ViewportSize { Width = 390, Height = 844 });
        await page.GotoAsync(BaseUrl);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Know where you stand" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "07-landing-phone");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"),
            "The landing page scrolls sideways on a phone.");

        await page.GotoAsync(BaseUrl + "Account/Register");
        await page.FillAsync("input[name='Input.Email']", TestUsers.UniqueEmail("phone"));
        await page.FillAsync("input[name='Input.Password']", Password);
        await page.FillAsync("input[name='Input.ConfirmPassword']", Password);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/dashboard");
        await Expect(page.GetByTestId("products-empty")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "08-dashboard-phone");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"),
            "The dashboard scrolls sideways on a phone.");
    }

    private async Task<IPage> NewPageAsync(ViewportSize? viewport = null)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 860 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        return page;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
