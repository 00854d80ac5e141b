using System.Diagnostics;
using Microsoft.Playwright;

namespace CareerNavigator.Tests.Infrastructure;

/// <summary>
/// The system's Chromium (Debian package `chromium`) driven by Playwright; nothing is downloaded. Set
/// CHROMIUM_PATH to use another binary.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly TimeSpan InputFileReadyTimeout = TimeSpan.FromSeconds(20);

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {executable}: install it (Debian: `apt-get install chromium`) or set CHROMIUM_PATH.");
        }

        Directory.CreateDirectory(ScreenshotFolder);
        // Two cores shared by the app, PostgreSQL and Chromium: give assertions the same patience as actions.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
    }

    /// <summary>
    /// A new desktop-sized browser context (downloads accepted) whose user registers through the app's form with an
    /// address tagged <paramref name="tag"/>, lands on the dashboard signed in, and waits for the page to be interactive.
    /// </summary>
    public async Task<(IPage Page, string Email)> RegisterAsync(string baseUrl, string tag, string password)
    {
        var email = TestUsers.UniqueEmail(tag);
        var context = await Browser.NewContextAsync(new() { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(baseUrl + "Account/Register");
        await page.FillAsync("input[name='Input.Email']", email);
        await page.FillAsync("input[name='Input.Password']", password);
        await page.FillAsync("input[name='Input.ConfirmPassword']", password);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/dashboard");
        await AwaitCircuitAsync(page);
        return (page, email);
    }

    /// <summary>The menu button appears once the page is interactive (its circuit is up).</summary>
    public static Task AwaitCircuitAsync(IPage page) =>
        Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Open navigation" })).ToBeVisibleAsync();

    /// <summary>
    /// Chooses <paramref name="file"/> in a Blazor <c>&lt;InputFile&gt;</c> once the circuit has set it up. The input is
    /// on the page (prerendered, or re-created under a new key after each read) before blazor.web.js's InputFile
    /// <c>init</c> has given it its change listener and the file-id counter it keeps on the element,
    /// <c>_blazorInputFileNextFileId</c>; a file chosen before that is silently lost. The locator is resolved again on
    /// every poll, so an input replaced while waiting is waited for in turn.
    /// </summary>
    public static async Task ChooseFileAsync(ILocator picker, FilePayload file)
    {
        var waited = Stopwatch.StartNew();
        while (!await picker.EvaluateAsync<bool>("el => el._blazorInputFileNextFileId !== undefined"))
        {
            if (waited.Elapsed > InputFileReadyTimeout)
            {
                throw new TimeoutException($"Blazor never set up the file input {picker} (no _blazorInputFileNextFileId after {InputFileReadyTimeout.TotalSeconds:F0} s).");
            }
            await Task.Delay(100);
        }
        await picker.SetInputFilesAsync(file);
    }

    /// <summary>Photographs the page for a look, and checks it against WCAG 2.2 AA (axe-core) as it is at that moment.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
        await Accessibility.Axe.AssertNoViolationsAsync(page);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
