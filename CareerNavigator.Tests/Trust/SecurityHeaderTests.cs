using System.Text.RegularExpressions;
using CareerNavigator.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerNavigator.Tests.Trust;

public sealed partial class SecurityHeaderTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/not-a-page")]
    [InlineData("/healthz")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        await using var app = AppFactory.ForPostgres(database.ConnectionString);

        var response = await app.CreateClient().GetAsync(path);

        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Matches("script-src 'self' 'nonce-[0-9A-F]{32}'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task The_inline_import_map_carries_this_answers_nonce_and_each_answer_gets_a_new_one()
    {
        await using var app = AppFactory.ForPostgres(database.ConnectionString);
        var client = app.CreateClient();

        var first = await client.GetAsync("/");
        var second = await client.GetAsync("/");

        var nonce = NonceOf(first);
        var html = await first.Content.ReadAsStringAsync();
        Assert.Contains($"<script type=\"importmap\" nonce=\"{nonce}\">", html);
        Assert.NotEqual(nonce, NonceOf(second));
    }

    [Fact]
    public async Task Outside_development_https_answers_carry_hsts()
    {
        await using var app = AppFactory.ForPostgresIn("Production", database.ConnectionString);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://careers.example.org/") });

        var response = await client.GetAsync("/healthz");

        Assert.Contains("max-age=", string.Join(" ", response.Headers.GetValues("Strict-Transport-Security")));
    }

    private static string NonceOf(HttpResponseMessage response) =>
        NoncePattern().Match(string.Join(" ", response.Headers.GetValues("Content-Security-Policy"))).Groups[1].Value;

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NoncePattern();
}
