using System.Net;
using System.Text;
using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Api;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Trust;

/// <summary>
/// An API token never outlives the account's trust: disabling, "Sign out everywhere" and a password reset revoke
/// it, a locked or disabled account's token is refused even if it was not revoked, and a password change offers it.
/// </summary>
public sealed class TokenRevocationTests(ApiApp api) : IClassFixture<ApiApp>
{
    [Fact]
    public async Task Disabling_an_account_revokes_its_tokens_and_they_neither_read_nor_write()
    {
        var userId = await api.NewUserAsync();
        var token = await api.NewTokenAsync(userId);
        var adminId = await api.NewUserAsync(Roles.Admin);
        Assert.Equal(HttpStatusCode.OK, (await api.Client(token).GetAsync("/api/v1/profile")).StatusCode);

        await AdminActionsAs(adminId).DisableAsync(userId);

        await (await api.Client(token).GetAsync("/api/v1/profile")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await api.Client(token).SendJsonAsync(HttpMethod.Post, "/api/v1/jobs", new { company_name = "X", position = "Y", start_date = "2020-01-01" }))
            .AssertProblemAsync(HttpStatusCode.Unauthorized);
        await using var db = api.CreateContext();
        Assert.All(await db.PersonalAccessTokens.Where(t => t.UserId == userId).ToListAsync(), t => Assert.NotNull(t.RevokedAt));
        Assert.Contains("API tokens revoked: 1", await db.AdminAuditLog.Where(e => e.TargetUserId == userId).Select(e => e.Details).SingleAsync());
    }

    [Fact]
    public async Task A_disabled_admins_token_no_longer_reads_a_user_record_even_if_not_revoked()
    {
        var adminId = await api.NewUserAsync(Roles.Admin);
        var token = await api.NewTokenAsync(adminId, canWrite: false);
        var subject = await api.NewUserAsync();
        Assert.Equal(HttpStatusCode.OK, (await api.Client(token).GetAsync($"/api/v1/admin/users/{subject}")).StatusCode);

        await SetLockoutAsync(adminId, AccountLock.DisabledUntil);

        await (await api.Client(token).GetAsync($"/api/v1/admin/users/{subject}")).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_of_an_account_locked_after_wrong_passwords_is_refused_until_the_lock_ends()
    {
        var userId = await api.NewUserAsync();
        var token = await api.NewTokenAsync(userId);

        await SetLockoutAsync(userId, DateTimeOffset.UtcNow.AddMinutes(15));
        await (await api.Client(token).GetAsync("/api/v1/profile")).AssertProblemAsync(HttpStatusCode.Unauthorized);

        await SetLockoutAsync(userId, DateTimeOffset.UtcNow.AddMinutes(-1));
        Assert.Equal(HttpStatusCode.OK, (await api.Client(token).GetAsync("/api/v1/profile")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_everywhere_revokes_the_accounts_tokens()
    {
        var browser = await api.RegisteredBrowserAsync();
        var token = AccessTokenPageTests.NewToken().Match(await AccessTokenPageTests.CreateAsync(browser, "CRM", "read_write")).Groups[1].Value;
        Assert.Equal(HttpStatusCode.OK, (await api.Client(token).GetAsync("/api/v1/profile")).StatusCode);

        var response = await browser.PostAsync("/Account/Manage/SignOutEverywhere", await AntiforgeryFormAsync(browser, "/Account/Manage/Sessions"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await (await api.Client(token).GetAsync("/api/v1/profile")).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/Account/Manage/SignOutEverywhere")]
    [InlineData("/Account/Manage/DownloadPersonalData")]
    public async Task Account_actions_refuse_a_post_without_an_antiforgery_token(string path)
    {
        var browser = await api.RegisteredBrowserAsync();
        var token = AccessTokenPageTests.NewToken().Match(await AccessTokenPageTests.CreateAsync(browser, "CRM", "read")).Groups[1].Value;

        var bare = await browser.PostAsync(path, new FormUrlEncodedContent([]));
        var empty = await browser.PostAsync(path, null);

        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Contains("Nothing was saved", await bare.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Account/Manage")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Client(token).GetAsync("/api/v1/profile")).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_lists_the_live_tokens_and_revokes_them_only_when_asked()
    {
        var browser = await api.RegisteredBrowserAsync();
        var kept = AccessTokenPageTests.NewToken().Match(await AccessTokenPageTests.CreateAsync(browser, "Kept CRM", "read")).Groups[1].Value;

        var page = await browser.GetStringAsync("/Account/Manage/ChangePassword");
        Assert.Contains("Kept CRM", page);
        Assert.Contains(kept[..12], page);

        const string second = "a second long enough passphrase";
        await ChangePasswordAsync(browser, ApiApp.Password, second, revokeTokens: false);
        Assert.Equal(HttpStatusCode.OK, (await api.Client(kept).GetAsync("/api/v1/profile")).StatusCode);

        var answer = await ChangePasswordAsync(browser, second, "a third long enough passphrase", revokeTokens: true);
        Assert.Contains("API token(s) revoked", answer);
        await (await api.Client(kept).GetAsync("/api/v1/profile")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.DoesNotContain("live-tokens", await browser.GetStringAsync("/Account/Manage/ChangePassword"));
    }

    [Fact]
    public async Task A_password_reset_revokes_the_tokens_of_whoever_held_the_account()
    {
        var email = TestUsers.UniqueEmail("reset");
        var squatter = await api.RegisteredBrowserAsync(email);
        var token = AccessTokenPageTests.NewToken().Match(await AccessTokenPageTests.CreateAsync(squatter, "Mine now", "read_write")).Groups[1].Value;

        var response = await FormPost.SubmitAsync(api.Client(), await ResetPathAsync(email), "reset-password", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = "the real owner's new passphrase", ["Input.ConfirmPassword"] = "the real owner's new passphrase",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("ResetPasswordConfirmation", response.Headers.Location!.OriginalString);
        await (await api.Client(token).GetAsync("/api/v1/profile")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await using var db = api.CreateContext();
        Assert.True(await db.Users.Where(u => u.Email == email).Select(u => u.EmailConfirmed).SingleAsync());
    }

    private AdminUserActions AdminActionsAs(int adminId) => new(
        api.App.Services.GetRequiredService<IDbContextFactory<CareerNavigatorDbContext>>(),
        new AdminGuard(new FixedCurrentUser(adminId, Roles.Admin), TimeProvider.System),
        api.App.Services.GetRequiredService<CareerNavigator.Web.Email.AccountMail>(),
        TimeProvider.System);

    private async Task SetLockoutAsync(int userId, DateTimeOffset until)
    {
        await using var db = api.CreateContext();
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(set => set.SetProperty(u => u.LockoutEnd, until));
    }

    private async Task<string> ResetPathAsync(string email)
    {
        await using var scope = api.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = (await users.FindByEmailAsync(email))!;
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        return $"/Account/ResetPassword?code={code}";
    }

    private static async Task<string> ChangePasswordAsync(HttpClient browser, string current, string next, bool revokeTokens)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.OldPassword"] = current, ["Input.NewPassword"] = next, ["Input.ConfirmPassword"] = next,
        };
        if (revokeTokens)
        {
            fields["Input.RevokeTokens"] = "true";
        }
        var response = await FormPost.SubmitAsync(browser, "/Account/Manage/ChangePassword", "change-password", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await browser.GetStringAsync(response.Headers.Location!.OriginalString);
    }

    private static async Task<FormUrlEncodedContent> AntiforgeryFormAsync(HttpClient client, string page) =>
        new(new Dictionary<string, string> { ["__RequestVerificationToken"] = FormPost.TokenIn(await client.GetStringAsync(page))! });
}
