using System.Net;
using CareerNavigator.Web.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Api;

public sealed class RateLimitedApiApp : ApiApp
{
    protected override (string Key, string? Value)[] Settings => [("Api:RequestsPerWindow", "3"), ("Api:WindowSeconds", "120")];
}

public sealed class RateLimitTests(RateLimitedApiApp api) : IClassFixture<RateLimitedApiApp>
{
    [Fact]
    public async Task A_token_over_its_limit_gets_429_with_retry_after_and_other_tokens_are_unaffected()
    {
        var (client, userId) = await api.NewCallerAsync();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/profile")).StatusCode);
        }

        var limited = await client.GetAsync("/api/v1/profile");
        var otherToken = await api.Client(await api.NewTokenAsync(userId)).GetAsync("/api/v1/profile");

        var body = await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("Too many requests", (string?)body["title"]);
        Assert.Equal("This token may make 3 requests per 120 seconds; wait for the number of seconds in Retry-After.", (string?)body["detail"]);
        var retryAfter = limited.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 120);
        Assert.Equal(HttpStatusCode.OK, otherToken.StatusCode);
    }

    [Fact]
    public void Every_api_endpoint_is_under_the_apis_rate_limit_policy()
    {
        var endpoints = api.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .ToList();

        Assert.NotEmpty(endpoints);
        Assert.All(endpoints, e => Assert.Equal(ApiRateLimitPolicy.Name, e.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName));
    }
}
