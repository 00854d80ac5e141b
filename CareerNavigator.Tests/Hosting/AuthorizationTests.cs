using System.Net;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Hosting;

/// <summary>Who reaches which page, through the real app, Identity and PostgreSQL.</summary>
public sealed class AuthorizationTests : IAsyncLifetime
{
    private readonly MigratedDatabase _database = new();
    private readonly string _adminEmail = TestUsers.UniqueEmail("admin");
    private AppFactory _app = default!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _app = AppFactory.ForPostgres(_database.ConnectionString, ("Admin:Emails:0", _adminEmail));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Theory]
    [InlineData("/dashboard")]
    [InlineData("/admin")]
    [InlineData("/Account/Manage")]
    public async Task Visitors_are_sent_to_sign_in(string path)
    {
        var response = await Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/Account/Register")]
    [InlineData("/Account/ForgotPassword")]
    [InlineData("/healthz")]
    public async Task Public_pages_answer_visitors(string path)
    {
        Assert.Equal(HttpStatusCode.OK, (await Client().GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_signed_in_user_without_the_role_is_refused_the_admin_page()
    {
        var client = await RegisterAsync(TestUsers.UniqueEmail());

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dashboard")).StatusCode);
        var admin = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.Contains("/Account/AccessDenied", admin.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_account_listed_in_admin_emails_gets_the_role_and_the_admin_page_once_its_email_is_confirmed()
    {
        var client = await RegisterAsync(_adminEmail);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);

        await EmailLinks.ConfirmAsync(_app.Services, client, _adminEmail);

        var admin = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Contains("Administration", await admin.Content.ReadAsStringAsync());

        using var scope = _app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CareerNavigator.Data.Entities.User>>();
        Assert.True(await users.IsInRoleAsync((await users.FindByEmailAsync(_adminEmail))!, Roles.Admin));
    }

    [Fact]
    public async Task The_admin_overview_service_refuses_a_non_admin_even_without_the_page()
    {
        await using var ctx = ComponentTestContext.Create(_database);
        ctx.Services.AddScoped<AdminGuard>();
        ctx.Services.AddScoped<AdminOverviewService>();
        ctx.SignIn(1, "user@example.com");

        await Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => ctx.Services.GetRequiredService<AdminOverviewService>().GetAsync());
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_and_only_the_right_password_learns_it()
    {
        var email = TestUsers.UniqueEmail();
        await RegisterAsync(email);

        HttpResponseMessage last = default!;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            last = await FormPost.SubmitAsync(Client(), "/Account/Login", "login", new Dictionary<string, string>
            {
                ["Input.Email"] = email,
                ["Input.Password"] = "wrong password number " + attempt,
            });
        }
        Assert.Contains("match an account", await last.Content.ReadAsStringAsync());

        var correct = await FormPost.SubmitAsync(Client(), "/Account/Login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
        });
        Assert.Contains("/Account/Lockout", correct.Headers.Location?.OriginalString ?? "");
    }

    private const string Password = "correct horse battery staple";

    private HttpClient Client() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<HttpClient> RegisterAsync(string email)
    {
        var client = Client();
        var response = await FormPost.SubmitAsync(client, "/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
