using CareerNavigator.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CareerNavigator.Tests.Trust;

/// <summary>The Content-Security-Policy allows everything the app really uses: Chromium reports no violation on any page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyBrowserTests(BrowserFixture browser, BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Password = "orange kettle on a quiet monday";

    [Fact]
    public async Task No_page_breaks_the_policy_and_the_interactive_pages_still_work()
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new ViewportSize { Width = 1280, Height = 860 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
                || message.Text.Contains("Refused to", StringComparison.Ordinal))
            {
                violations.Add($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => violations.Add($"{page.Url}: page error {error}");

        foreach (var path in new[] { "", "Account/Login", "Account/Register", "Account/ForgotPassword", "scalar/v1" })
        {
            await page.GotoAsync(app.BaseUrl + path, new() { WaitUntil = WaitUntilState.NetworkIdle });
        }
        await page.GotoAsync(app.BaseUrl + "Account/Register");
        await page.FillAsync("input[name='Input.Email']", TestUsers.UniqueEmail("csp"));
        await page.FillAsync("input[name='Input.Password']", Password);
        await page.FillAsync("input[name='Input.ConfirmPassword']", Password);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/dashboard");
        await Assertions.Expect(page.GetByTestId("profile-percent")).ToBeVisibleAsync();

        foreach (var path in new[] { "onboarding", "profile", "products", "Account/Manage", "Account/Manage/PersonalData" })
        {
            await page.GotoAsync(app.BaseUrl + path, new() { WaitUntil = WaitUntilState.NetworkIdle });
        }
        // The circuit works under the policy: the wizard reacts to typing (classification is computed on the server).
        await page.GotoAsync(app.BaseUrl + "onboarding");
        await Assertions.Expect(page.GetByTestId("step-title")).ToHaveTextAsync("Your situation");
        var wizard = new EndToEnd.WizardDriver(page, "csp");
        await wizard.ClassifyAsync("9", "Keep growing in the field I work in", "Experienced, growing in your field");

        Assert.Empty(violations);
    }
}
