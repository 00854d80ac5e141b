using CareerNavigator.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CareerNavigator.Tests.Trust;

/// <summary>
/// A password change or "sign out everywhere" ends the account's other sessions, open Blazor circuits included.
/// The app checks sessions every 60 seconds in production; these tests run it with a 5-second check so that
/// "signed out within the interval" is observed in seconds, by the same code path.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SessionEndingTests(BrowserFixture browser, SessionEndingTests.App app) : IClassFixture<SessionEndingTests.App>
{
    private const string Password = "orange kettle on a quiet monday";
    private const string NewPassword = "lemon teapot on a busy friday";

    [Fact]
    public async Task Changing_the_password_signs_out_an_open_session_elsewhere()
    {
        var email = TestUsers.UniqueEmail("sessions");
        var elsewhere = await NewPageAsync();
        await RegisterAsync(elsewhere, email);
        var here = await NewPageAsync();
        await SignInAsync(here, email, Password);

        await here.GotoAsync(app.BaseUrl + "Account/Manage/ChangePassword");
        await here.FillAsync("input[name='Input.OldPassword']", Password);
        await here.FillAsync("input[name='Input.NewPassword']", NewPassword);
        await here.FillAsync("input[name='Input.ConfirmPassword']", NewPassword);
        await here.GetByRole(AriaRole.Button, new() { Name = "Update password" }).ClickAsync();
        await Expect(here.GetByText("password has been changed", new() { Exact = false })).ToBeVisibleAsync();

        await elsewhere.WaitForURLAsync("**/Account/Login**", new() { Timeout = 30_000 });
        await here.GotoAsync(app.BaseUrl + "dashboard");
        await Expect(here.GetByTestId("profile-percent")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_every_session_of_the_account()
    {
        var email = TestUsers.UniqueEmail("everywhere");
        var elsewhere = await NewPageAsync();
        await RegisterAsync(elsewhere, email);
        var here = await NewPageAsync();
        await SignInAsync(here, email, Password);

        await here.GotoAsync(app.BaseUrl + "Account/Manage/Sessions");
        await BrowserFixture.ScreenshotAsync(here, "trust-01-sign-out-everywhere");
        await here.GetByRole(AriaRole.Button, new() { Name = "Sign out everywhere" }).ClickAsync();
        await Expect(here.GetByText("signed out on every device")).ToBeVisibleAsync();

        await elsewhere.WaitForURLAsync("**/Account/Login**", new() { Timeout = 30_000 });
    }

    private async Task RegisterAsync(IPage page, string email)
    {
        await page.GotoAsync(app.BaseUrl + "Account/Register");
        await page.FillAsync("input[name='Input.Email']", email);
        await page.FillAsync("input[name='Input.Password']", Password);
        await page.FillAsync("input[name='Input.ConfirmPassword']", Password);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/dashboard");
        await Expect(page.GetByTestId("profile-percent")).ToBeVisibleAsync();
    }

    private async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync(app.BaseUrl + "Account/Login");
        await page.FillAsync("input[name='Input.Email']", email);
        await page.FillAsync("input[name='Input.Password']", password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/dashboard");
    }

    private async Task<IPage> NewPageAsync()
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new ViewportSize { Width = 1280, Height = 860 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        return page;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    /// <summary>The app with a 5-second session check, on its own database.</summary>
    public sealed class App : BrowserApp
    {
        protected override (string Key, string? Value)[] Settings => [("Accounts:SessionCheckSeconds", "5")];
    }
}
