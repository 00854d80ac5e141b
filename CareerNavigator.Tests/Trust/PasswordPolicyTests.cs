using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Accounts.Passwords;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Trust;

/// <summary>OWASP ASVS 5.0 chapter 6 through the app's real Identity configuration and PostgreSQL.</summary>
public sealed class PasswordPolicyTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>, IAsyncLifetime
{
    private AppFactory _app = default!;

    public Task InitializeAsync()
    {
        _app = AppFactory.ForPostgres(database.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public void The_shipped_list_holds_at_least_ten_thousand_common_passwords()
    {
        Assert.True(CommonPasswordList.Shipped.Count >= 10_000, $"{CommonPasswordList.Shipped.Count} passwords");
        Assert.True(CommonPasswordList.Shipped.Contains("password"));
        Assert.True(CommonPasswordList.Shipped.Contains("QWERTYUIOP"));
    }

    [Theory]
    [InlineData("qwerty123456")]
    [InlineData("qwertyuiop123")]
    [InlineData("PASSWORD1234")]
    [InlineData(" 1qaz2wsx3edc ")]
    public async Task A_common_password_is_refused_even_when_long_enough(string password)
    {
        Assert.True(CommonPasswordList.Shipped.Contains(password.Trim()), "the case must be on the list");

        var result = await CreateAsync(TestUsers.UniqueEmail(), password);

        Assert.Contains(result.Errors, e => e.Code == "PasswordTooCommon" && e.Description.Contains("commonly used"));
    }

    [Fact]
    public async Task A_password_built_from_the_email_is_refused()
    {
        var email = $"marguerite.{Guid.NewGuid():N}"[..20] + "@example.com";
        var result = await CreateAsync(email, email[..20] + "!!");

        Assert.Contains(result.Errors, e => e.Code == "PasswordContainsContext");
    }

    [Theory]
    [InlineData("my careernavigator login")]
    [InlineData("Career Navigator rocks!")]
    public async Task A_password_built_from_the_app_name_is_refused(string password)
    {
        var result = await CreateAsync(TestUsers.UniqueEmail(), password);

        Assert.Contains(result.Errors, e => e.Code == "PasswordContainsContext");
    }

    [Theory]
    [InlineData(11, false)]
    [InlineData(12, true)]
    [InlineData(128, true)]
    [InlineData(129, false)]
    public async Task Length_decides_between_12_and_128_characters_without_composition_rules(int length, bool accepted)
    {
        var password = string.Concat(Enumerable.Range(0, length).Select(i => "zqxjvkwy"[i % 8]));

        var result = await CreateAsync(TestUsers.UniqueEmail(), password);

        Assert.Equal(accepted, result.Succeeded);
    }

    [Fact]
    public async Task A_passphrase_of_plain_words_is_accepted()
    {
        Assert.True((await CreateAsync(TestUsers.UniqueEmail(), "orange kettle on a quiet monday")).Succeeded);
    }

    private async Task<IdentityResult> CreateAsync(string email, string password)
    {
        using var scope = _app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        return await users.CreateAsync(new User { UserName = email, Email = email }, password);
    }
}
