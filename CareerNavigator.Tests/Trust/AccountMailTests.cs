using System.Net;
using System.Text.RegularExpressions;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Api;
using CareerNavigator.Tests.Products.Generation.Llm;
using CareerNavigator.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace CareerNavigator.Tests.Trust;

/// <summary>
/// Account mail through a real SMTP server (aiosmtpd) that the tests start: every mail is read back, links are
/// followed, a mail server that is down gets retries, and no link or token reaches the log.
/// </summary>
public sealed partial class AccountMailTests(AccountMailTests.App app) : IClassFixture<AccountMailTests.App>
{
    [Fact]
    public async Task Registering_sends_a_confirmation_mail_whose_link_confirms_the_email_and_no_token_is_logged()
    {
        var email = TestUsers.UniqueEmail("mail");
        await app.RegisterAsync(email);

        var mail = await app.Smtp.WaitForMailAsync(email, "Confirm your email");
        var link = LinkIn(mail, "/Account/ConfirmEmail");
        Assert.Contains(link, mail.TextBody);
        Assert.Equal("no-reply@careernavigator.local", mail.From.Mailboxes.Single().Address);

        var page = await app.Client().GetStringAsync(link);

        Assert.Contains("Thanks for confirming your email", page);
        await using var db = app.Database.CreateContext();
        Assert.True(await db.Users.Where(u => u.Email == email).Select(u => u.EmailConfirmed).SingleAsync());
        var code = Regex.Match(link, "code=([^&]+)").Groups[1].Value;
        Assert.DoesNotContain(code, app.Logs.All);
        Assert.DoesNotContain(email, app.Logs.All);
    }

    [Fact]
    public async Task A_sent_mail_leaves_no_body_in_the_outbox()
    {
        var email = TestUsers.UniqueEmail("cleared");
        await app.RegisterAsync(email);
        await app.Smtp.WaitForMailAsync(email, "Confirm your email");

        await using var db = app.Database.CreateContext();
        var row = await WaitForAsync(async () => await db.EmailOutbox.AsNoTracking().SingleAsync(m => m.ToAddress == email && m.Kind == "confirm_email"), r => r.SentAt is not null);
        Assert.Equal(("", ""), (row.HtmlBody, row.TextBody));
    }

    [Fact]
    public async Task Confirming_a_listed_address_makes_it_admin_and_says_so_by_mail()
    {
        var browser = await app.RegisterAsync(app.ListedAdmin);
        var confirm = await app.Smtp.WaitForMailAsync(app.ListedAdmin, "Confirm your email");

        await browser.GetStringAsync(LinkIn(confirm, "/Account/ConfirmEmail"));

        await app.Smtp.WaitForMailAsync(app.ListedAdmin, "now an administrator");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task The_reset_link_from_the_mail_sets_a_new_password_and_a_notice_follows()
    {
        var email = TestUsers.UniqueEmail("reset");
        await app.RegisterAsync(email);

        await FormPost.SubmitAsync(app.Client(), "/Account/ForgotPassword", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });
        var mail = await app.Smtp.WaitForMailAsync(email, "Reset your Career Navigator password");
        var reset = await FormPost.SubmitAsync(app.Client(), LinkIn(mail, "/Account/ResetPassword"), "reset-password", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = "a brand new passphrase here", ["Input.ConfirmPassword"] = "a brand new passphrase here",
        });

        Assert.Contains("ResetPasswordConfirmation", reset.Headers.Location!.OriginalString);
        await app.Smtp.WaitForMailAsync(email, "password was changed");
        var signIn = await FormPost.SubmitAsync(app.Client(), "/Account/Login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = "a brand new passphrase here",
        });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("dashboard", signIn.Headers.Location!.OriginalString);
        Assert.DoesNotContain(Regex.Match(LinkIn(mail, "/Account/ResetPassword"), "code=([^&]+)").Groups[1].Value, app.Logs.All);
    }

    [Fact]
    public async Task Changing_the_email_mails_a_link_to_the_new_address_and_a_notice_to_the_old_one()
    {
        var email = TestUsers.UniqueEmail("before");
        var newEmail = TestUsers.UniqueEmail("after");
        var browser = await app.RegisterAsync(email);

        var asked = await FormPost.SubmitAsync(browser, "/Account/Manage/Email", "change-email", new Dictionary<string, string>
        {
            ["Input.NewEmail"] = newEmail, ["Input.CurrentPassword"] = ApiApp.Password,
        });
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var mail = await app.Smtp.WaitForMailAsync(newEmail, "Confirm your new email");
        var page = await browser.GetStringAsync(LinkIn(mail, "/Account/ConfirmEmailChange"));

        Assert.Contains("Your email has been changed", page);
        var notice = await app.Smtp.WaitForMailAsync(email, "email was changed");
        Assert.Contains(newEmail, notice.TextBody);
    }

    [Fact]
    public async Task Changing_the_password_and_creating_a_token_send_security_notices()
    {
        var email = TestUsers.UniqueEmail("notices");
        var browser = await app.RegisterAsync(email);

        await AccessTokenPageTests.CreateAsync(browser, "Nightly export", "read");
        var tokenNotice = await app.Smtp.WaitForMailAsync(email, "new API token");
        Assert.Contains("Nightly export", tokenNotice.TextBody);

        await FormPost.SubmitAsync(browser, "/Account/Manage/ChangePassword", "change-password", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = ApiApp.Password, ["Input.NewPassword"] = "another long passphrase", ["Input.ConfirmPassword"] = "another long passphrase",
        });
        await app.Smtp.WaitForMailAsync(email, "password was changed");
    }

    [Fact]
    public async Task A_mail_server_that_is_down_gets_retries_and_the_mail_arrives_when_it_is_back()
    {
        // A database of its own: the class's app would otherwise deliver this mail through its working server.
        var database = new MigratedDatabase();
        await database.InitializeAsync();
        try
        {
            await ADownServerIsRetriedAsync(database);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private static async Task ADownServerIsRetriedAsync(MigratedDatabase database)
    {
        await using var later = new SmtpTestServer();
        await using var factory = AppFactory.ForPostgres(database.ConnectionString,
            ("Email:Delivery", "Smtp"), ("Email:Smtp:Host", "127.0.0.1"), ("Email:Smtp:Port", later.Port.ToString()),
            ("Email:Smtp:Security", "None"), ("Email:RetryAfterSeconds", "1"), ("Email:PollSeconds", "1"));
        var email = TestUsers.UniqueEmail("down");
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        await App.RegisterWithAsync(client, email);

        await using (var db = database.CreateContext())
        {
            var failed = await WaitForAsync(() => db.EmailOutbox.AsNoTracking().SingleAsync(m => m.ToAddress == email), m => m.Attempts >= 1);
            Assert.Null(failed.SentAt);
            Assert.Null(failed.FailedAt);
            Assert.NotNull(failed.LastError);
        }

        await later.StartAsync();
        var mail = await later.WaitForMailAsync(email, "Confirm your email");

        Assert.Contains("/Account/ConfirmEmail", mail.TextBody);
    }

    [Fact]
    public async Task With_confirmation_required_an_unconfirmed_account_cannot_sign_in_until_it_confirms()
    {
        await using var factory = AppFactory.ForPostgres(app.Database.ConnectionString, ("Email:RequireConfirmedEmailToSignIn", "true"));
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var email = TestUsers.UniqueEmail("strict");
        var registered = await App.RegisterWithAsync(client, email);
        Assert.Contains("RegisterConfirmation", registered.Headers.Location!.OriginalString);

        var refused = await SignInAsync(client, email, ApiApp.Password);
        var guessed = await SignInAsync(client, email, "a wrong guess of a password");
        Assert.Contains("Confirm your email before you sign in", await refused.Content.ReadAsStringAsync());
        Assert.Contains("match an account", await guessed.Content.ReadAsStringAsync());

        await EmailLinks.ConfirmAsync(factory.Services, client, email);
        var signedIn = await SignInAsync(client, email, ApiApp.Password);
        Assert.Contains("dashboard", signedIn.Headers.Location!.OriginalString);
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        FormPost.SubmitAsync(client, "/Account/Login", "login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>The path and query of the link in the mail's HTML part that goes to <paramref name="path"/>.</summary>
    private static string LinkIn(MimeMessage mail, string path)
    {
        var href = Href().Matches(mail.HtmlBody ?? "").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).First(h => h.Contains(path, StringComparison.Ordinal));
        return new Uri(href).PathAndQuery;
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }
            await Task.Delay(100);
        }
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();

    public sealed class App : IAsyncLifetime
    {
        private WebApplicationFactory<Program> _app = default!;

        public MigratedDatabase Database { get; } = new();
        public SmtpTestServer Smtp { get; } = new();
        public CapturedLogs Logs { get; } = new();
        public string ListedAdmin { get; } = TestUsers.UniqueEmail("listed");

        public async Task InitializeAsync()
        {
            await Database.InitializeAsync();
            await Smtp.StartAsync();
            _app = AppFactory.ForPostgres(Database.ConnectionString,
                    ("Email:Delivery", "Smtp"), ("Email:Smtp:Host", "127.0.0.1"), ("Email:Smtp:Port", Smtp.Port.ToString()),
                    ("Email:Smtp:Security", "None"), ("Email:PollSeconds", "1"), ("Admin:Emails:0", ListedAdmin))
                .WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace)));
        }

        public HttpClient Client() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        public async Task<HttpClient> RegisterAsync(string email)
        {
            var client = Client();
            await RegisterWithAsync(client, email);
            return client;
        }

        /// <summary>Registers through the form with <paramref name="client"/>, which keeps the session; returns the redirect.</summary>
        public static async Task<HttpResponseMessage> RegisterWithAsync(HttpClient client, string email)
        {
            var response = await FormPost.SubmitAsync(client, "/Account/Register", "register", new Dictionary<string, string>
            {
                ["Input.Email"] = email, ["Input.Password"] = ApiApp.Password, ["Input.ConfirmPassword"] = ApiApp.Password,
            });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            return response;
        }

        public async Task DisposeAsync()
        {
            await _app.DisposeAsync();
            await Smtp.DisposeAsync();
            await Database.DisposeAsync();
        }
    }
}
