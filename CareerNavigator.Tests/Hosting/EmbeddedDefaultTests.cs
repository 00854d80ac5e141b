using System.Net;
using CareerNavigator.Data;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.DemoData;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Hosting;

/// <summary>
/// The app with no configuration at all, as on a fresh clone: it creates and migrates its SQLite file, seeds
/// the demo accounts (Development), loads the shipped ESCO occupations, and accounts work end to end.
/// </summary>
public sealed class EmbeddedDefaultTests : IAsyncLifetime
{
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "cn-embedded-" + Guid.NewGuid().ToString("N")[..12]);
    private EmbeddedApp _app = default!;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_contentRoot);
        _app = new EmbeddedApp(_contentRoot);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_contentRoot, recursive: true);
    }

    [Fact]
    public async Task A_visitor_registers_signs_out_and_signs_in_again()
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var email = TestUsers.UniqueEmail();
        const string password = "a long enough passphrase";

        var registered = await FormPost.SubmitAsync(client, "/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.EndsWith("/dashboard", registered.Headers.Location!.OriginalString);

        var dashboard = await client.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("Your dashboard", await dashboard.Content.ReadAsStringAsync());

        var fresh = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signedIn = await FormPost.SubmitAsync(fresh, "/Account/Login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/dashboard")).StatusCode);
    }

    [Fact]
    public async Task The_database_file_is_created_under_the_content_root_with_esco_and_the_demo_accounts_can_sign_in()
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        var file = Path.Combine(_contentRoot, "App_Data", "career-navigator.db");
        Assert.True(File.Exists(file));
        await using (var db = new SqliteDbContext(DatabaseOptionsBuilder.For<SqliteDbContext>(DatabaseProvider.Sqlite, $"Data Source={file}")))
        {
            Assert.Equal(3_007, await db.EscoOccupations.CountAsync());
        }

        foreach (var account in new DemoAccounts().Accounts)
        {
            var demo = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            var response = await FormPost.SubmitAsync(demo, "/Account/Login", "login", new Dictionary<string, string>
            {
                ["Input.Email"] = account.Email,
                ["Input.Password"] = account.Password,
            });
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{account.Email} could not sign in");
        }
    }

    [Fact]
    public async Task The_login_page_lists_the_demo_accounts_in_development_and_acknowledges_esco()
    {
        var page = await _app.CreateClient().GetStringAsync("/Account/Login");
        Assert.Contains(DemoAccounts.AdminEmail, page);
        Assert.Contains("This service uses the ESCO classification of the European Commission.", page);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_and_no_cookie()
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await FormPost.SubmitAsync(client, "/Account/Login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = DemoAccounts.AdminEmail,
            ["Input.Password"] = "not the password at all",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("don&#x27;t match an account", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/dashboard")).StatusCode);
    }

    private sealed class EmbeddedApp(string contentRoot) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseContentRoot(contentRoot);
        }
    }
}
