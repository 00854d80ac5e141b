using CareerNavigator.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerNavigator.Tests.EndToEnd;

/// <summary>Drives the onboarding wizard in a real browser the way a person would: labels, buttons, keyboard.</summary>
public sealed class WizardDriver(IPage page, string screenshotPrefix)
{
    private int _shot;

    public IPage Page => page;

    public static async Task<WizardDriver> RegisterAsync(IBrowser browser, string baseUrl, string screenshotPrefix)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        const string password = "a sentence is a good password";
        await page.GotoAsync(baseUrl + "Account/Register");
        await page.FillAsync("input[name='Input.Email']", TestUsers.UniqueEmail(screenshotPrefix));
        await page.FillAsync("input[name='Input.Password']", password);
        await page.FillAsync("input[name='Input.ConfirmPassword']", password);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/dashboard");
        await page.GetByTestId("start-onboarding").ClickAsync();
        await Expect(page.GetByTestId("step-title")).ToHaveTextAsync("Your situation");
        return new WizardDriver(page, screenshotPrefix);
    }

    public async Task ExpectStepAsync(string title)
    {
        await Expect(page.GetByTestId("step-title")).ToHaveTextAsync(title);
        await ShotAsync(title);
    }

    public async Task ShotAsync(string what)
    {
        var name = $"{screenshotPrefix}-{++_shot:00}-{string.Concat(what.ToLowerInvariant().Where(char.IsLetterOrDigit))}";
        await BrowserFixture.ScreenshotAsync(page, name);
    }

    public async Task ClassifyAsync(string years, string secondAnswer, string expectedGroup)
    {
        await Field("How many years of paid work have you done?").FillAsync(years);
        await page.Keyboard.PressAsync("Tab");
        await page.GetByText(secondAnswer, new() { Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("classification")).ToContainTextAsync(expectedGroup);
        await ShotAsync("classification");
        await NextAsync();
    }

    public async Task NextAsync() => await page.GetByTestId("wizard-next").ClickAsync();

    public ILocator Field(string label) => page.GetByLabel(label, new() { Exact = true });

    public async Task FillAsync(string label, string value)
    {
        await Field(label).FillAsync(value);
        await page.Keyboard.PressAsync("Tab");
    }

    public async Task AddChipAsync(string label, string value)
    {
        await Field(label).FillAsync(value);
        await Field(label).PressAsync("Enter");
        await Expect(page.Locator(".mud-chip", new() { HasText = value }).First).ToBeVisibleAsync();
    }

    public async Task AddJobAsync(string title, string employer, string started, string? ended = null)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a job" }).ClickAsync();
        await FillAsync("Job title", title);
        await FillAsync("Employer", employer);
        await FillAsync("Started", started);
        if (ended is null)
        {
            await page.GetByText("I work here now").ClickAsync();
        }
        else
        {
            await FillAsync("Ended", ended);
        }
        await page.GetByTestId("record-save").ClickAsync();
        await Expect(page.GetByTestId("record-card").Filter(new() { HasText = employer })).ToBeVisibleAsync();
    }

    public async Task AddCourseAsync(string name, string completed)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a course" }).ClickAsync();
        await FillAsync("Course or certificate", name);
        await FillAsync("Completed", completed);
        await page.GetByTestId("record-save").ClickAsync();
        await Expect(page.GetByTestId("record-card").Filter(new() { HasText = name })).ToBeVisibleAsync();
    }

    public async Task AddEducationAsync(string institution, string degree, string started, string ended)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Add education" }).ClickAsync();
        await FillAsync("School, college or university", institution);
        await FillAsync("Degree or diploma", degree);
        await FillAsync("Started", started);
        await FillAsync("Ended (or expected)", ended);
        await page.GetByTestId("record-save").ClickAsync();
        await Expect(page.GetByTestId("record-card").Filter(new() { HasText = institution })).ToBeVisibleAsync();
    }

    public async Task AddLanguageAsync(string language)
    {
        await FillAsync("Language", language);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("language-row").Filter(new() { HasText = language })).ToBeVisibleAsync();
    }
}
