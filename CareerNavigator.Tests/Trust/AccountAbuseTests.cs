using System.Net;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Trust;

/// <summary>Rate limits (429), and the same answer for known and unknown emails, through the real app.</summary>
public sealed class AccountAbuseTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private const string Password = "orange kettle on a quiet monday";

    [Theory]
    [InlineData("/Account/Login", "login")]
    [InlineData("/Account/Register", "register")]
    [InlineData("/Account/ForgotPassword", "forgot-password")]
    public async Task The_eleventh_submission_in_a_minute_is_answered_429_with_retry_after(string path, string form)
    {
        // The production default: 10 submissions of each account form per client address per minute.
        await using var app = AppFactory.ForPostgres(database.ConnectionString, ("RateLimits:AccountFormsPerMinute", "10"));
        var client = Client(app);
        var fields = new Dictionary<string, string>
        {
            ["Input.Email"] = TestUsers.UniqueEmail(),
            ["Input.Password"] = "not the password at all",
            ["Input.ConfirmPassword"] = "a different one entirely",
        };

        for (var attempt = 1; attempt <= 10; attempt++)
        {
            var allowed = await FormPost.SubmitAsync(client, path, form, fields);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }
        var refused = await FormPost.SubmitAsync(client, path, form, fields);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After in seconds");
        Assert.Contains("Too many attempts", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Every_spelling_of_a_form_path_that_reaches_the_page_shares_its_one_limit()
    {
        await using var app = AppFactory.ForPostgres(database.ConnectionString, ("RateLimits:AccountFormsPerMinute", "10"));
        var client = Client(app);
        var fields = new Dictionary<string, string>
        {
            ["Input.Email"] = TestUsers.UniqueEmail(),
            ["Input.Password"] = "not the password at all",
        };
        string[] spellings = ["/Account/Login/", "/account/login", "/ACCOUNT/Login/", "/Account/Login"];

        for (var attempt = 0; attempt < 10; attempt++)
        {
            var allowed = await FormPost.SubmitAsync(client, spellings[attempt % spellings.Length], "login", fields);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            Assert.Contains("match an account", await allowed.Content.ReadAsStringAsync());
        }
        var refused = await FormPost.SubmitAsync(client, "/Account/Login/", "login", fields);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    [Fact]
    public async Task A_form_sent_with_a_token_that_is_no_longer_valid_gets_a_page_saying_nothing_was_saved()
    {
        await using var app = AppFactory.ForPostgres(database.ConnectionString);
        var client = Client(app);
        var email = TestUsers.UniqueEmail("stale-form");
        var stale = new Dictionary<string, string>
        {
            ["_handler"] = "register",
            // A token from another browser (another cookie jar): what a form left open across a sign-in elsewhere sends.
            ["__RequestVerificationToken"] = FormPost.TokenIn(await Client(app).GetStringAsync("/Account/Register"))!,
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
        };
        await client.GetAsync("/Account/Register");

        var response = await client.PostAsync("/Account/Register", new FormUrlEncodedContent(stale));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("We couldn't read that form", body);
        Assert.Contains("Nothing was saved", body);
        Assert.Contains("href=\"/Account/Register\"", body);
        Assert.DoesNotContain("antiforgery", body, StringComparison.OrdinalIgnoreCase);
        await using var db = database.CreateContext();
        Assert.False(db.Users.Any(u => u.Email == email), "nothing was saved");
    }

    [Fact]
    public async Task Signing_in_with_an_unknown_email_gets_the_same_answer_as_a_wrong_password()
    {
        await using var app = AppFactory.ForPostgres(database.ConnectionString);
        var known = await CreateUserAsync(app);

        var unknownAnswer = await SignInAsync(app, TestUsers.UniqueEmail(), "wrong password here");
        var knownAnswer = await SignInAsync(app, known, "wrong password here");

        Assert.Equal(knownAnswer.Status, unknownAnswer.Status);
        Assert.Contains("match an account", unknownAnswer.Body);
        Assert.Contains("match an account", knownAnswer.Body);
    }

    [Fact]
    public async Task Checking_an_unknown_email_costs_a_password_hash_like_a_known_one()
    {
        // Counting hashes rather than timing them: the work is what makes the answer times alike.
        var hasher = new CountingPasswordHasher();
        await using var app = AppFactory.ForPostgres(database.ConnectionString);
        await using var counted = app.WithWebHostBuilder(b => b.ConfigureTestServices(
            services => services.AddSingleton<IPasswordHasher<User>>(hasher)));
        var known = await CreateUserAsync(counted);
        using var scope = counted.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext =
            new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<User>>();

        var before = hasher.Verifications;
        await signIn.PasswordSignInAsync(known, "wrong password here", false, false);
        var forKnown = hasher.Verifications - before;
        await signIn.PasswordSignInAsync(TestUsers.UniqueEmail(), "wrong password here", false, false);
        var forUnknown = hasher.Verifications - before - forKnown;

        Assert.Equal(1, forKnown);
        Assert.Equal(forKnown, forUnknown);
    }

    [Fact]
    public async Task Asking_to_reset_the_password_answers_the_same_for_known_and_unknown_emails()
    {
        await using var app = AppFactory.ForPostgres(database.ConnectionString);
        var known = await CreateUserAsync(app);

        var answers = new List<string>();
        foreach (var email in new[] { known, TestUsers.UniqueEmail() })
        {
            var response = await FormPost.SubmitAsync(Client(app), "/Account/ForgotPassword", "forgot-password",
                new Dictionary<string, string> { ["Input.Email"] = email });
            answers.Add($"{(int)response.StatusCode} {response.Headers.Location}");
        }

        Assert.Equal(answers[0], answers[1]);
    }

    private static HttpClient Client(AppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<string> CreateUserAsync(WebApplicationFactory<Program> app)
    {
        var email = TestUsers.UniqueEmail();
        using var scope = app.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserManager<User>>()
            .CreateAsync(new User { UserName = email, Email = email }, Password);
        Assert.True(result.Succeeded);
        return email;
    }

    private static async Task<(HttpStatusCode Status, string Body)> SignInAsync(AppFactory app, string email, string password)
    {
        var response = await FormPost.SubmitAsync(Client(app), "/Account/Login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private sealed class CountingPasswordHasher : IPasswordHasher<User>
    {
        private readonly PasswordHasher<User> _inner = new();
        private int _verifications;

        public int Verifications => _verifications;

        public string HashPassword(User user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(User user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
