using System.Globalization;
using System.Threading.RateLimiting;
using CareerNavigator.Web.Api.Tokens;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CareerNavigator.Web.Api;

/// <summary>A fixed window per token (not per address: many integrations share one proxy), answering 429 with Retry-After.</summary>
public sealed class ApiRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public ApiRateLimiter(IOptions<ApiOptions> options)
    {
        var settings = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(tokenId => RateLimitPartition.GetFixedWindowLimiter(tokenId, _ =>
            new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.RequestsPerWindow,
                Window = TimeSpan.FromSeconds(settings.WindowSeconds),
                QueueLimit = 0,
            }));
    }

    public RateLimitLease Acquire(string tokenId) => _limiter.AttemptAcquire(tokenId);

    public void Dispose() => _limiter.Dispose();
}

public sealed class ApiRateLimitFilter(ApiRateLimiter limiter, IOptions<ApiOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var tokenId = context.HttpContext.User.FindFirst(AccessTokenAuthenticationHandler.TokenIdClaim)?.Value;
        if (tokenId is null)
        {
            return await next(context);
        }

        using var lease = limiter.Acquire(tokenId);
        if (lease.IsAcquired)
        {
            return await next(context);
        }

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(options.Value.WindowSeconds);
        context.HttpContext.Response.Headers[HeaderNames.RetryAfter] =
            Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return ApiProblems.Problem(StatusCodes.Status429TooManyRequests, "Too many requests",
            $"This token may make {options.Value.RequestsPerWindow} requests per {options.Value.WindowSeconds} seconds; wait for the number of seconds in Retry-After.");
    }
}
