using System.Net;
using System.Text;
using CareerNavigator.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Xunit.Abstractions;

namespace CareerNavigator.Tests.BadInput;

/// <summary>
/// The Identity pages are static server-rendered forms, so the corpus goes to them as real HTTP POSTs through the
/// app: every field gets every bad text. The answer is never a server error; it is either the page again with a
/// message, or a redirect (the form was accepted, or the flow moved on to its confirmation page).
/// </summary>
public sealed class IdentityFormCorpusTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Password = "correct horse battery staple";

    private readonly MigratedDatabase _database = new();
    private AppFactory _app = default!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _app = AppFactory.ForPostgres(_database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    private sealed record Form(string Path, string Name, bool SignedIn, IReadOnlyDictionary<string, string> Valid);

    private static readonly string ResetCode = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes("not-a-real-token"));

    private static IReadOnlyList<Form> Forms() =>
    [
        new("/Account/Register", "register", false, new Dictionary<string, string>
            { ["Input.Email"] = TestUsers.UniqueEmail(), ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password }),
        new("/Account/Login", "login", false, new Dictionary<string, string>
            { ["Input.Email"] = TestUsers.UniqueEmail(), ["Input.Password"] = Password, ["Input.RememberMe"] = "false" }),
        new("/Account/ForgotPassword", "forgot-password", false, new Dictionary<string, string> { ["Input.Email"] = TestUsers.UniqueEmail() }),
        new("/Account/ResendEmailConfirmation", "resend-email-confirmation", false, new Dictionary<string, string> { ["Input.Email"] = TestUsers.UniqueEmail() }),
        new($"/Account/ResetPassword?code={ResetCode}", "reset-password", false, new Dictionary<string, string>
            { ["Input.Email"] = TestUsers.UniqueEmail(), ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password, ["Input.Code"] = "not-a-real-token" }),
        new("/Account/Manage/ChangePassword", "change-password", true, new Dictionary<string, string>
            { ["Input.OldPassword"] = Password, ["Input.NewPassword"] = Password + "!", ["Input.ConfirmPassword"] = Password + "!", ["Input.RevokeTokens"] = "true" }),
        new("/Account/Manage/Email", "change-email", true, new Dictionary<string, string> { ["Input.NewEmail"] = TestUsers.UniqueEmail() }),
        new("/Account/Manage/AccessTokens", "create-token", true, new Dictionary<string, string>
            { ["Input.Name"] = "CRM", ["Input.Scope"] = "read", ["Input.LifetimeDays"] = "30", ["Input.CurrentPassword"] = Password }),
    ];

    [Fact]
    public async Task Every_bad_value_in_every_account_form_gets_a_page_with_a_message_or_a_redirect_never_a_server_error()
    {
        var failures = new List<string>();
        var (tried, refusedByFormReader) = (0, 0);
        foreach (var form in Forms())
        {
            foreach (var field in form.Valid.Keys)
            {
                var values = BadText.All.Select(t => (t.Name, t.Value));
                if (field.Contains("Email", StringComparison.Ordinal))
                {
                    // Shaped like an address, so that the bad part gets past the format check and reaches Identity and the database.
                    values = values.Concat(BadText.All.Select(t => ($"{t.Name} inside an address", $"a{t.Value[..Math.Min(t.Value.Length, 2_000)]}b@example.com")));
                }
                foreach (var (name, value) in values)
                {
                    tried++;
                    var fields = new Dictionary<string, string>(form.Valid) { [field] = value };
                    if (field.EndsWith("Password", StringComparison.Ordinal) && field != "Input.OldPassword" && fields.ContainsKey("Input.ConfirmPassword"))
                    {
                        fields["Input.ConfirmPassword"] = value;
                    }
                    if (fields.ContainsKey("Input.Email") && field != "Input.Email")
                    {
                        fields["Input.Email"] = TestUsers.UniqueEmail();
                    }
                    var problem = await SubmitAsync(form, fields);
                    if (problem == RefusedByFormReader)
                    {
                        refusedByFormReader++;
                        problem = null;
                    }
                    if (problem is not null)
                    {
                        failures.Add($"{form.Path} {field} ← {name}: {problem}");
                    }
                }
            }
        }

        output.WriteLine($"Account form inputs tried: {tried} ({refusedByFormReader} with NUL refused by ASP.NET Core's form reader as 400, {failures.Count} failures).");
        failures.ForEach(f => output.WriteLine("FAILED " + f));
        Assert.True(failures.Count == 0, $"{failures.Count} of {tried} account form inputs failed:\n" + string.Join("\n", failures));
    }

    /// <summary>
    /// ASP.NET Core's form reader refuses a body with an encoded NUL outright (InvalidDataException, so antiforgery
    /// fails before any page runs): the value never reaches Identity or the database, and the person gets the
    /// "We couldn't read that form" page (Hosting/UnreadableForms) with a link back.
    /// </summary>
    private const string RefusedByFormReader = "400 from the form reader";

    /// <returns>Null when the answer is acceptable, otherwise what was wrong with it.</returns>
    private async Task<string?> SubmitAsync(Form form, Dictionary<string, string> fields)
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (form.SignedIn)
        {
            await RegisterAsync(client);
        }

        var response = await FormPost.SubmitRawAsync(client, form.Path, form.Name, fields);
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode switch
        {
            >= HttpStatusCode.InternalServerError => $"{(int)response.StatusCode}",
            HttpStatusCode.Redirect when response.Headers.Location?.OriginalString.Contains("Error", StringComparison.OrdinalIgnoreCase) == true => "redirected to the error page",
            HttpStatusCode.Redirect => await FollowAsync(client, response.Headers.Location!),
            HttpStatusCode.OK when body.Contains("validation-message", StringComparison.Ordinal) || body.Contains("mud-alert", StringComparison.Ordinal) => null,
            HttpStatusCode.OK => "the page came back without a message",
            HttpStatusCode.BadRequest when fields.Values.Any(v => v.Contains('\0')) && body.Contains("We couldn't read that form", StringComparison.Ordinal)
                && body.Contains("Nothing was saved", StringComparison.Ordinal) => RefusedByFormReader,
            _ => $"unexpected {(int)response.StatusCode}",
        };
    }

    private static async Task<string?> FollowAsync(HttpClient client, Uri location)
    {
        var next = await client.GetAsync(location);
        return next.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect ? null : $"redirected to {location}, which answered {(int)next.StatusCode}";
    }

    private static async Task RegisterAsync(HttpClient client)
    {
        var response = await FormPost.SubmitAsync(client, "/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.Email"] = TestUsers.UniqueEmail(),
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
