using System.Net;
using System.Text.RegularExpressions;
using CareerNavigator.Tests.Infrastructure;

namespace CareerNavigator.Tests.Api;

/// <summary>The API tokens page under account settings, through the real app: created once, revoked for good, never another user's.</summary>
public sealed partial class AccessTokenPageTests(ApiApp api) : IClassFixture<ApiApp>
{
    private const string Page = "/Account/Manage/AccessTokens";

    [Fact]
    public async Task A_created_token_is_shown_once_and_works_with_its_scope()
    {
        var browser = await api.RegisteredBrowserAsync();

        var created = await CreateAsync(browser, "CRM", "read");
        var token = NewToken().Match(created).Groups[1].Value;
        var later = await browser.GetStringAsync(Page);

        Assert.StartsWith("cnpat_", token);
        Assert.DoesNotContain(token, later);
        Assert.Contains(token[..12], later);
        var client = api.Client(token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/profile")).StatusCode);
        await (await client.SendJsonAsync(HttpMethod.Post, "/api/v1/jobs", new { company_name = "X" })).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_revoked_token_no_longer_authorizes()
    {
        var browser = await api.RegisteredBrowserAsync();
        var created = await CreateAsync(browser, "Script", "read_write");
        var token = NewToken().Match(created).Groups[1].Value;
        var id = TokenId().Match(created).Groups[1].Value;

        var revoked = await RevokeAsync(browser, id);

        Assert.Contains("The token is revoked", revoked);
        await (await api.Client(token).GetAsync("/api/v1/profile")).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Another_users_token_cannot_be_revoked()
    {
        var owner = await api.RegisteredBrowserAsync();
        var created = await CreateAsync(owner, "Owner's", "read");
        var token = NewToken().Match(created).Groups[1].Value;
        var id = TokenId().Match(created).Groups[1].Value;
        var intruder = await api.RegisteredBrowserAsync();

        var answer = await RevokeAsync(intruder, id);

        Assert.Contains("does not exist or is not yours", answer);
        Assert.Equal(HttpStatusCode.OK, (await api.Client(token).GetAsync("/api/v1/profile")).StatusCode);
    }

    [Theory]
    [InlineData("", "read", "30", ApiApp.Password, "Give the token a name")]
    [InlineData("A name", "read", "3", ApiApp.Password, "Pick how long the token lasts")]
    [InlineData("A name", "admin", "30", ApiApp.Password, "Pick what the token may do")]
    [InlineData("A name", "read", "forever", ApiApp.Password, "")]
    [InlineData("A name", "read", "30", "", "Enter your current password to create a token")]
    [InlineData("A name", "read", "30", "not my password at all", "That isn&#x27;t your current password")]
    public async Task Bad_inputs_create_no_token(string name, string scope, string days, string password, string message)
    {
        var browser = await api.RegisteredBrowserAsync();

        var response = await FormPost.SubmitAsync(browser, Page, "create-token", new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Scope"] = scope, ["Input.LifetimeDays"] = days, ["Input.CurrentPassword"] = password,
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotMatch(NewToken(), html);
        Assert.Contains(message, html);
        Assert.DoesNotContain("data-token-id", await browser.GetStringAsync(Page));
    }

    [Fact]
    public async Task Visitors_are_sent_to_sign_in()
    {
        var response = await api.Client().GetAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString);
    }

    public static async Task<string> CreateAsync(HttpClient browser, string name, string scope)
    {
        var response = await FormPost.SubmitAsync(browser, Page, "create-token", new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Scope"] = scope, ["Input.LifetimeDays"] = "30", ["Input.CurrentPassword"] = ApiApp.Password,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<string> RevokeAsync(HttpClient browser, string id)
    {
        var response = await FormPost.SubmitAsync(browser, Page, "revoke-token", new Dictionary<string, string> { ["RevokeId"] = id });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("(cnpat_[A-Za-z0-9_-]{40,})")]
    public static partial Regex NewToken();

    [GeneratedRegex("data-token-id=\"(\\d+)\"")]
    private static partial Regex TokenId();
}
