using System.Net;
using Microsoft.AspNetCore.Http;

namespace CareerNavigator.Tests.Api.Occupations;

public sealed class AnonymousRateLimitedApiApp : ApiApp
{
    protected override (string Key, string? Value)[] Settings => [("Api:AnonymousRequestsPerWindow", "3"), ("Api:WindowSeconds", "120")];
}

/// <summary>Callers without a token spend their client address's budget; requests are sent with a chosen connection address.</summary>
public sealed class AnonymousRateLimitTests(AnonymousRateLimitedApiApp api) : IClassFixture<AnonymousRateLimitedApiApp>
{
    [Fact]
    public async Task An_address_over_its_limit_gets_429_with_retry_after_and_other_addresses_and_tokens_are_unaffected()
    {
        const string busy = "198.51.100.20";
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(StatusCodes.Status200OK, (await SearchFromAsync(busy)).Response.StatusCode);
        }

        var limited = (await SearchFromAsync(busy)).Response;
        var otherAddress = (await SearchFromAsync("198.51.100.21")).Response;
        var withToken = (await SearchFromAsync(busy, await api.NewTokenAsync(await api.NewUserAsync()))).Response;

        Assert.Equal(StatusCodes.Status429TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.ContentType?.Split(';')[0]);
        Assert.InRange(int.Parse(limited.Headers.RetryAfter.ToString()), 1, 120);
        Assert.Equal(StatusCodes.Status200OK, otherAddress.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, withToken.StatusCode);
    }

    private Task<HttpContext> SearchFromAsync(string address, string? token = null) =>
        api.App.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Scheme = "http";
            context.Request.Host = new HostString("localhost");
            context.Request.Path = "/api/v1/occupations/search";
            context.Request.QueryString = new QueryString("?q=nurse");
            context.Connection.RemoteIpAddress = IPAddress.Parse(address);
            if (token is not null)
            {
                context.Request.Headers.Authorization = "Bearer " + token;
            }
        });
}
