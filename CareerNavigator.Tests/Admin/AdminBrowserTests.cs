using CareerNavigator.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerNavigator.Tests.Admin;

/// <summary>
/// The admin console in Chromium. The security stamp is re-checked every 5 s here instead of every minute, so the
/// test waits seconds, not a minute; the mechanism (stamp renewed by the disable, cookie and circuit re-checks) is
/// the production one, only the interval is shorter.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Password = "an admin console password";
    private readonly MigratedDatabase _database = new();
    private readonly string _adminEmail = TestUsers.UniqueEmail("admin");
    private WebApplicationFactory<Program>? _app;
    private string _baseUrl = "";

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _app = AppFactory.ForPostgres(_database.ConnectionString, ("Admin:Emails:0", _adminEmail)).WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = SessionCheck)));
        _app.UseKestrel(0);
        _app.StartServer();
        _baseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::1]", "127.0.0.1").Replace("localhost", "127.0.0.1").TrimEnd('/') + "/";
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        await _database.DisposeAsync();
    }

    private static readonly TimeSpan SessionCheck = TimeSpan.FromSeconds(5);
    private static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task A_disabled_user_is_signed_out_of_an_open_session_and_cannot_sign_in_again()
    {
        var userEmail = TestUsers.UniqueEmail("disabled");
        var user = await RegisterAsync(userEmail, Desktop);
        var admin = await RegisterAsync(_adminEmail, Desktop);
        await admin.GotoAsync(_baseUrl + (await EmailLinks.ConfirmationPathAsync(_app!.Services, _adminEmail)).TrimStart('/'));

        await admin.GotoAsync(_baseUrl + "admin");
        await Expect(admin.GetByTestId("total-users")).ToHaveTextAsync("2");

        await SearchUsersAsync(admin, userEmail[..12]);
        await Expect(admin.GetByTestId("users-count")).ToHaveTextAsync("1 users");
        await admin.GetByTestId("user-email").ClickAsync();
        await Expect(admin.GetByTestId("record-email")).ToHaveTextAsync(userEmail);
        var recordPath = new Uri(admin.Url).AbsolutePath.TrimStart('/');

        await admin.GetByTestId("action-disable").ClickAsync();
        // The page's "Disable account" button also matches a loose "Disable": click the dialog's own button.
        await admin.Locator(".mud-dialog-container").GetByRole(AriaRole.Button, new() { Name = "Disable", Exact = true }).ClickAsync();
        await Expect(admin.GetByTestId("record-status")).ToHaveTextAsync("Disabled");
        var disabledAt = DateTime.UtcNow;

        // The user's open tab on the dashboard loses its session at the circuit's next stamp check; the slack is for
        // the redirect on two busy cores, not for a second check.
        await user.WaitForURLAsync("**/Account/Login**", new() { Timeout = (float)(SessionCheck + TimeSpan.FromSeconds(20)).TotalMilliseconds });
        Assert.InRange(DateTime.UtcNow - disabledAt, TimeSpan.Zero, SessionCheck + TimeSpan.FromSeconds(20));

        await user.FillAsync("input[name='Input.Email']", userEmail);
        await user.FillAsync("input[name='Input.Password']", Password);
        await user.Locator("button[type=submit]").ClickAsync();
        await Expect(user.GetByText("disabled by an administrator")).ToBeVisibleAsync();
        Assert.DoesNotContain("/dashboard", user.Url);
        await BrowserFixture.ScreenshotAsync(user, "admin-disabled-sign-in-refused");

        await admin.GotoAsync(_baseUrl + "admin/audit");
        // Reloading the record after the action logs another "Opened record" above it.
        await Expect(admin.GetByTestId("audit-row-action").Filter(new() { HasText = "Disabled account" })).ToHaveCountAsync(1);

        foreach (var (viewport, width) in new[] { (Desktop, "desktop"), (Phone, "phone") })
        {
            await admin.SetViewportSizeAsync(viewport.Width, viewport.Height);
            await ScreenshotAsync(admin, "admin", $"admin-overview-{width}");
            await SearchUsersAsync(admin, userEmail[..12]);
            await Expect(admin.GetByTestId("user-email")).ToHaveTextAsync(userEmail);
            await BrowserFixture.ScreenshotAsync(admin, $"admin-users-{width}");
            await admin.GetByLabel("Search email or username").FillAsync("no-such-user-anywhere");
            await Expect(admin.GetByTestId("users-empty")).ToBeVisibleAsync();
            await BrowserFixture.ScreenshotAsync(admin, $"admin-users-empty-{width}");
            await ScreenshotAsync(admin, recordPath, $"admin-record-{width}");
            await ScreenshotAsync(admin, "admin/audit", $"admin-audit-{width}");
        }
    }

    /// <summary>Searches for text that matches exactly one user and waits for that single row.</summary>
    private async Task SearchUsersAsync(IPage admin, string text)
    {
        await admin.GotoAsync(_baseUrl + "admin/users");
        await admin.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var box = admin.GetByLabel("Search email or username");
        // Typing before the circuit is interactive is lost with the prerendered page: type again until it takes.
        for (var attempt = 1; ; attempt++)
        {
            await box.FillAsync(text);
            try
            {
                await Expect(admin.GetByTestId("user-email")).ToHaveCountAsync(1, new() { Timeout = 5_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 5)
            {
                await box.FillAsync("");
            }
        }
    }

    private async Task ScreenshotAsync(IPage admin, string path, string name)
    {
        await admin.GotoAsync(_baseUrl + path);
        await admin.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await admin.WaitForTimeoutAsync(1000);
        await BrowserFixture.ScreenshotAsync(admin, name);
    }

    private async Task<IPage> RegisterAsync(string email, ViewportSize viewport)
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = viewport });
        var page = await context.NewPageAsync();
        await page.GotoAsync(_baseUrl + "Account/Register");
        await page.FillAsync("input[name='Input.Email']", email);
        await page.FillAsync("input[name='Input.Password']", Password);
        await page.FillAsync("input[name='Input.ConfirmPassword']", Password);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/dashboard");
        return page;
    }
}
