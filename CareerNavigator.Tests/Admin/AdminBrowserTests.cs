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
            s.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromSeconds(5))));
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

    [Fact]
    public async Task A_disabled_user_is_signed_out_of_an_open_session_and_cannot_sign_in_again()
    {
        var userEmail = TestUsers.UniqueEmail("disabled");
        var user = await RegisterAsync(userEmail, new ViewportSize { Width = 1280, Height = 900 });
        await user.GotoAsync(_baseUrl + "profile");

        var admin = await RegisterAsync(_adminEmail, new ViewportSize { Width = 1366, Height = 900 });
        await admin.GotoAsync(_baseUrl + "admin");
        await Expect(admin.GetByTestId("total-users")).ToHaveTextAsync("2");
        await BrowserFixture.ScreenshotAsync(admin, "admin-01-overview-desktop");

        await admin.GotoAsync(_baseUrl + "admin/users");
        // Typing before the circuit is interactive would be lost with the prerendered page.
        await admin.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await admin.WaitForTimeoutAsync(2000);
        await admin.GetByLabel("Search email or username").FillAsync(userEmail[..12]);
        await Expect(admin.GetByTestId("users-count")).ToHaveTextAsync("1 users");
        await Expect(admin.GetByTestId("user-email")).ToHaveTextAsync(userEmail);
        await BrowserFixture.ScreenshotAsync(admin, "admin-02-users-desktop");
        await admin.GetByTestId("user-email").ClickAsync();
        await Expect(admin.GetByTestId("record-email")).ToHaveTextAsync(userEmail);
        await BrowserFixture.ScreenshotAsync(admin, "admin-03-record-desktop");

        await admin.GetByTestId("action-disable").ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Disable" }).ClickAsync();
        await Expect(admin.GetByTestId("record-status")).ToHaveTextAsync("Disabled");
        var disabledAt = DateTime.UtcNow;

        // The open tab loses its session at the next stamp check (cookie on navigation, circuit on its timer).
        await user.WaitForURLAsync("**/Account/Login**", new() { Timeout = 60_000 });
        Assert.True(DateTime.UtcNow - disabledAt < TimeSpan.FromSeconds(60));
        await BrowserFixture.ScreenshotAsync(user, "admin-04-signed-out");

        await user.GotoAsync(_baseUrl + "Account/Login", new() { WaitUntil = WaitUntilState.Load });

        await user.FillAsync("input[name='Input.Email']", userEmail);
        await user.FillAsync("input[name='Input.Password']", Password);
        await user.Locator("button[type=submit]").ClickAsync();
        await Expect(user.GetByText("disabled by an administrator")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(user, "admin-04-disabled-sign-in-refused");

        await admin.GotoAsync(_baseUrl + "admin/audit");
        await Expect(admin.GetByTestId("audit-row-action").First).ToHaveTextAsync("Disabled account");
        await BrowserFixture.ScreenshotAsync(admin, "admin-05-audit-desktop");

        await admin.SetViewportSizeAsync(390, 844);
        foreach (var (path, name) in new[] { ("admin", "overview"), ("admin/users", "users"), ("admin/audit", "audit") })
        {
            await admin.GotoAsync(_baseUrl + path);
            await admin.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await admin.WaitForTimeoutAsync(1500);
            await BrowserFixture.ScreenshotAsync(admin, $"admin-06-{name}-phone");
        }
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
