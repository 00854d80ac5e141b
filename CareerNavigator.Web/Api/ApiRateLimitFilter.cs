using System.Globalization;
using System.Threading.RateLimiting;
using CareerNavigator.Web.Api.Tokens;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CareerNavigator.Web.Api;

/// <summary>
/// A fixed window per token (not per address: many integrations share one proxy), and per client address for callers
/// of the public endpoints without a token; answering 429 with Retry-After.
/// </summary>
public sealed class ApiRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<ApiCaller> _limiter;

    public ApiRateLimiter(IOptions<ApiOptions> options)
    {
        var settings = options.Value;
        _limiter = PartitionedRateLimiter.Create<ApiCaller, ApiCaller>(caller => RateLimitPartition.GetFixedWindowLimiter(caller, c =>
            new FixedWindowRateLimiterOptions
            {
                PermitLimit = c.IsToken ? settings.RequestsPerWindow : settings.AnonymousRequestsPerWindow,
                Window = TimeSpan.FromSeconds(settings.WindowSeconds),
                QueueLimit = 0,
            }));
    }

    public RateLimitLease Acquire(ApiCaller caller) => _limiter.AttemptAcquire(caller);

    public void Dispose() => _limiter.Dispose();
}

/// <summary>Whose budget a request spends: its token's, or (without a token) its client address's.</summary>
public readonly record struct ApiCaller(bool IsToken, string Key)
{
    /// <summary>Behind a listed proxy the address is the client's it forwarded (<see cref="Hosting.TrustedProxies"/>).</summary>
    public static ApiCaller Of(HttpContext context) =>
        context.User.FindFirst(AccessTokenAuthenticationHandler.TokenIdClaim)?.Value is { } tokenId
            ? new ApiCaller(true, tokenId)
            : new ApiCaller(false, context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}

public sealed class ApiRateLimitFilter(ApiRateLimiter limiter, IOptions<ApiOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var caller = ApiCaller.Of(context.HttpContext);
        using var lease = limiter.Acquire(caller);
        if (lease.IsAcquired)
        {
            return await next(context);
        }

        var settings = options.Value;
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(settings.WindowSeconds);
        context.HttpContext.Response.Headers[HeaderNames.RetryAfter] =
            Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return ApiProblems.Problem(StatusCodes.Status429TooManyRequests, "Too many requests", caller.IsToken
            ? $"This token may make {settings.RequestsPerWindow} requests per {settings.WindowSeconds} seconds; wait for the number of seconds in Retry-After."
            : $"Without a token one address may make {settings.AnonymousRequestsPerWindow} requests per {settings.WindowSeconds} seconds; wait for the number of seconds in Retry-After, or send a personal access token.");
    }
}
