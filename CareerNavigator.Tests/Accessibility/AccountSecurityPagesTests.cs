using CareerNavigator.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerNavigator.Tests.Accessibility;

/// <summary>
/// The account pages that guard tokens and sessions, in Chromium at desktop and phone widths: used with the keyboard
/// alone, free of WCAG 2.2 AA violations (axe-core), and photographed for a look.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountSecurityPagesTests(BrowserFixture browser, BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Password = "a quiet harbour at dawn";

    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task Token_password_and_session_pages_work_by_keyboard_and_pass_axe(int width, int height, string size)
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await RegisterAsync(page, TestUsers.UniqueEmail("a11y"));

        await page.GotoAsync(app.BaseUrl + "Account/Manage/AccessTokens");
        await page.Locator("#Input\\.Name").FocusAsync();
        await page.Keyboard.TypeAsync("Career centre CRM");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#Input\\.CurrentPassword")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("not the password");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByText("That isn't your current password")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        await BrowserFixture.ScreenshotAsync(page, $"security-token-wrong-password-{size}");

        await page.Locator("#Input\\.Name").FillAsync("Career centre CRM");
        await page.Locator("#Input\\.CurrentPassword").FillAsync(Password);
        await page.Locator("#Input\\.CurrentPassword").PressAsync("Enter");
        await Expect(page.GetByTestId("new-token")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        await BrowserFixture.ScreenshotAsync(page, $"security-token-created-{size}");

        await page.GotoAsync(app.BaseUrl + "Account/Manage/ChangePassword");
        await Expect(page.GetByTestId("live-tokens")).ToContainTextAsync("Career centre CRM");
        await Axe.AssertNoViolationsAsync(page);
        await BrowserFixture.ScreenshotAsync(page, $"security-change-password-tokens-{size}");

        await page.GotoAsync(app.BaseUrl + "Account/Manage/Sessions");
        await Axe.AssertNoViolationsAsync(page);
        await BrowserFixture.ScreenshotAsync(page, $"security-sessions-{size}");
        await context.CloseAsync();
    }

    private async Task RegisterAsync(IPage page, string email)
    {
        await page.GotoAsync(app.BaseUrl + "Account/Register");
        await page.FillAsync("input[name='Input.Email']", email);
        await page.FillAsync("input[name='Input.Password']", Password);
        await page.FillAsync("input[name='Input.ConfirmPassword']", Password);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/dashboard");
    }
}
