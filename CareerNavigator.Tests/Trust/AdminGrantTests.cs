using System.Net;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Api;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Trust;

/// <summary>
/// Admin:Emails names mailboxes, not whoever types the address first: the role follows a confirmed email, at
/// confirmation and at start-up, and an account that already holds it keeps it.
/// </summary>
public sealed class AdminGrantTests(AdminGrantTests.App app) : IClassFixture<AdminGrantTests.App>
{
    [Fact]
    public async Task Registering_a_listed_address_grants_nothing_until_the_email_is_confirmed()
    {
        var email = app.Listed[0];
        var browser = await app.RegisteredBrowserAsync(email);

        Assert.False(await IsAdminAsync(email));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/admin")).StatusCode);

        await EmailLinks.ConfirmAsync(app.App.Services, browser, email);

        Assert.True(await IsAdminAsync(email));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Start_up_grants_the_role_to_confirmed_listed_accounts_only_and_keeps_existing_admins()
    {
        var unconfirmed = await CreateAsync(app.Listed[1], confirmed: false);
        var confirmed = await CreateAsync(app.Listed[2], confirmed: true);
        var existingAdmin = await CreateAsync(app.Listed[3], confirmed: false, admin: true);

        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AdminRoleAssigner>().EnsureRoleAndListedAdminsAsync();
        }

        Assert.False(await IsAdminAsync(unconfirmed));
        Assert.True(await IsAdminAsync(confirmed));
        Assert.True(await IsAdminAsync(existingAdmin));
    }

    [Fact]
    public async Task An_unlisted_confirmed_account_never_becomes_admin()
    {
        var email = TestUsers.UniqueEmail("plain");
        var browser = await app.RegisteredBrowserAsync(email);

        await EmailLinks.ConfirmAsync(app.App.Services, browser, email);

        Assert.False(await IsAdminAsync(email));
    }

    private async Task<string> CreateAsync(string email, bool confirmed, bool admin = false)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = new User { Email = email, UserName = email, EmailConfirmed = confirmed };
        Assert.True((await users.CreateAsync(user, ApiApp.Password)).Succeeded);
        if (admin)
        {
            Assert.True((await users.AddToRoleAsync(user, Roles.Admin)).Succeeded);
        }
        return email;
    }

    private async Task<bool> IsAdminAsync(string email)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        return await users.IsInRoleAsync((await users.FindByEmailAsync(email))!, Roles.Admin);
    }

    public sealed class App : ApiApp
    {
        public string[] Listed { get; } = Enumerable.Range(0, 4).Select(_ => TestUsers.UniqueEmail("listed")).ToArray();

        protected override (string Key, string? Value)[] Settings =>
            Listed.Select((email, i) => ($"Admin:Emails:{i}", (string?)email)).ToArray();
    }
}
