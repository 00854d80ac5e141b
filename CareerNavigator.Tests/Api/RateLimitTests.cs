using System.Net;

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

        await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        var retryAfter = limited.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 120);
        Assert.Equal(HttpStatusCode.OK, otherToken.StatusCode);
    }
}
