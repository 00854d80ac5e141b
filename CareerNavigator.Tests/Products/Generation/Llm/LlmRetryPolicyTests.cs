using System.Net;
using CareerNavigator.Web.Products.Generation.Llm;

namespace CareerNavigator.Tests.Products.Generation.Llm;

public sealed class LlmRetryPolicyTests
{
    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.RequestTimeout, true)]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, true)]
    [InlineData(HttpStatusCode.BadRequest, false)]
    [InlineData(HttpStatusCode.Unauthorized, false)]
    [InlineData(HttpStatusCode.NotFound, false)]
    [InlineData(HttpStatusCode.OK, false)]
    public void Only_throttling_timeouts_and_server_errors_are_retried(HttpStatusCode status, bool retried) =>
        Assert.Equal(retried, LlmRetryPolicy.IsTransient(status));

    [Fact]
    public void Retry_after_ms_is_read_first()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.Add("retry-after-ms", "1500.5");
        response.Headers.Add("Retry-After", "20");

        Assert.Equal(TimeSpan.FromMilliseconds(1500.5), LlmRetryPolicy.ServerWait(response, TimeProvider.System));
    }

    [Fact]
    public void Retry_After_in_seconds_is_read()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.Add("Retry-After", "7");

        Assert.Equal(TimeSpan.FromSeconds(7), LlmRetryPolicy.ServerWait(response, TimeProvider.System));
    }

    [Fact]
    public void Retry_After_as_a_date_is_the_time_until_then_by_the_apps_clock()
    {
        var now = new DateTimeOffset(2026, 12, 7, 16, 0, 0, TimeSpan.Zero);
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(now.AddSeconds(30));

        Assert.Equal(TimeSpan.FromSeconds(30), LlmRetryPolicy.ServerWait(response, new FixedClock(now)));
        Assert.Equal(TimeSpan.Zero, LlmRetryPolicy.ServerWait(response, new FixedClock(now.AddMinutes(1))));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("soon")]
    [InlineData("-5")]
    public void No_usable_header_means_the_back_off_decides(string? retryAfterMs)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.InternalServerError);
        if (retryAfterMs is not null)
        {
            response.Headers.TryAddWithoutValidation("retry-after-ms", retryAfterMs);
        }

        Assert.Null(LlmRetryPolicy.ServerWait(response, TimeProvider.System));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
