using System.Net;
using CareerNavigator.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace CareerNavigator.Tests.Trust;

/// <summary>
/// The app behind a TLS-terminating proxy: X-Forwarded-For and X-Forwarded-Proto count only when the connection
/// comes from a proxy listed in ForwardedHeaders. Requests are sent with a chosen connection address.
/// </summary>
public sealed class ForwardedHeadersTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private const string Proxy = "10.0.0.5";

    [Theory]
    [InlineData("198.51.100.9", null)]
    [InlineData("198.51.100.9", Proxy)]
    [InlineData("127.0.0.1", Proxy)]
    public async Task Forwarded_headers_from_an_address_that_is_not_a_listed_proxy_change_nothing(string from, string? listedProxy)
    {
        await using var app = AppFactory.ForPostgresIn("Production", database.ConnectionString, ListedProxy(listedProxy));

        var context = await SendAsync(app, HttpMethods.Get, "/healthz", from, forwardedFor: "203.0.113.7");

        Assert.Equal(200, context.Response.StatusCode);
        Assert.Equal(IPAddress.Parse(from), context.Connection.RemoteIpAddress);
        Assert.Equal("http", context.Request.Scheme);
        Assert.False(context.Response.Headers.ContainsKey("Strict-Transport-Security"), "no HSTS over plain HTTP");
    }

    [Theory]
    [InlineData("198.51.100.9", null)]
    [InlineData("198.51.100.9", Proxy)]
    public async Task A_client_that_is_not_a_listed_proxy_cannot_escape_the_rate_limit_by_forging_its_address(string from, string? listedProxy)
    {
        await using var app = AppFactory.ForPostgres(database.ConnectionString,
            [("RateLimits:AccountFormsPerMinute", "2"), .. ListedProxy(listedProxy)]);

        var answers = new List<int>();
        foreach (var forged in new[] { "203.0.113.1", "203.0.113.2", "203.0.113.3" })
        {
            answers.Add((await SendAsync(app, HttpMethods.Post, "/Account/Login", from, forged)).Response.StatusCode);
        }

        Assert.NotEqual(429, answers[0]);
        Assert.NotEqual(429, answers[1]);
        Assert.Equal(429, answers[2]);
    }

    [Fact]
    public async Task Through_a_listed_proxy_the_app_sees_the_client_address_and_https_and_sends_hsts()
    {
        await using var app = AppFactory.ForPostgresIn("Production", database.ConnectionString, ListedProxy(Proxy));

        // What the client wrote itself (198.51.100.66) is left of what the proxy appended.
        var context = await SendAsync(app, HttpMethods.Get, "/healthz", Proxy, forwardedFor: "198.51.100.66, 203.0.113.7");

        Assert.Equal(200, context.Response.StatusCode);
        Assert.Equal(IPAddress.Parse("203.0.113.7"), context.Connection.RemoteIpAddress);
        Assert.Equal("https", context.Request.Scheme);
        Assert.Contains("max-age=", context.Response.Headers.StrictTransportSecurity.ToString());
    }

    [Fact]
    public async Task Through_a_listed_proxy_network_the_rate_limit_counts_each_client_separately()
    {
        await using var app = AppFactory.ForPostgres(database.ConnectionString,
            ("RateLimits:AccountFormsPerMinute", "2"), ("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/24"));

        var first = new List<int>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            first.Add((await SendAsync(app, HttpMethods.Post, "/Account/Login", "10.0.0.5", "203.0.113.7")).Response.StatusCode);
        }
        var other = await SendAsync(app, HttpMethods.Post, "/Account/Login", "10.0.0.6", "203.0.113.8");

        Assert.Equal(429, first[2]);
        Assert.NotEqual(429, other.Response.StatusCode);
    }

    private static (string Key, string? Value)[] ListedProxy(string? proxy) =>
        proxy is null ? [] : [("ForwardedHeaders:KnownProxies:0", proxy)];

    private static Task<HttpContext> SendAsync(AppFactory app, string method, string path, string from, string forwardedFor) =>
        app.Server.SendAsync(context =>
        {
            context.Request.Method = method;
            context.Request.Scheme = "http";
            context.Request.Host = new HostString("careers.example.org");
            context.Request.Path = path;
            context.Connection.RemoteIpAddress = IPAddress.Parse(from);
            context.Request.Headers["X-Forwarded-For"] = forwardedFor;
            context.Request.Headers["X-Forwarded-Proto"] = "https";
            if (HttpMethods.IsPost(method))
            {
                context.Request.ContentType = "application/x-www-form-urlencoded";
            }
        });
}
