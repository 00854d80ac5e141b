using CareerNavigator.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerNavigator.Tests.Trust;

public sealed class SecureCookieTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private const string Password = "orange kettle on a quiet monday";

    [Theory]
    [InlineData("Production", "https://careers.example.org/", true)]
    [InlineData("Development", "http://localhost/", false)]
    public async Task The_sign_in_and_antiforgery_cookies_are_secure_outside_development(string environment, string address, bool secure)
    {
        await using var app = AppFactory.ForPostgresIn(environment, database.ConnectionString);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(address), AllowAutoRedirect = false });

        var page = await client.GetAsync("/Account/Register");
        var email = TestUsers.UniqueEmail();
        var registered = await FormPost.SubmitAsync(client, "/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
        });

        var antiforgery = Assert.Single(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery."));
        var signIn = Assert.Single(registered.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Identity.Application="));
        Assert.Equal(secure, IsSecure(antiforgery));
        Assert.Equal(secure, IsSecure(signIn));
    }

    private static bool IsSecure(string setCookie) =>
        setCookie.Split(';').Any(part => part.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase));
}
