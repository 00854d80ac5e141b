using System.Globalization;
using System.Threading.RateLimiting;
using CareerNavigator.Web.Api.Tokens;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CareerNavigator.Web.Api;

/// <summary>
/// The API's policy for ASP.NET Core's rate limiter: a fixed window per token (not per address: many integrations share
/// one proxy), and per client address for callers of the public endpoints without a token; answering 429 with
/// Retry-After and problem details (the limiter's own answer elsewhere is the account forms' HTML page).
/// </summary>
public sealed class ApiRateLimitPolicy(IOptions<ApiOptions> options) : IRateLimiterPolicy<ApiCaller>
{
    public const string Name = "api";

    private readonly ApiOptions _settings = options.Value;

    public RateLimitPartition<ApiCaller> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(ApiCaller.Of(httpContext), caller => new FixedWindowRateLimiterOptions
        {
            PermitLimit = caller.IsToken ? _settings.RequestsPerWindow : _settings.AnonymousRequestsPerWindow,
            Window = TimeSpan.FromSeconds(_settings.WindowSeconds),
            QueueLimit = 0,
        });

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => WriteTooManyRequestsAsync;

    private async ValueTask WriteTooManyRequestsAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(_settings.WindowSeconds);
        context.Response.Headers[HeaderNames.RetryAfter] =
            Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await ApiProblems.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests", ApiCaller.Of(context).IsToken
            ? $"This token may make {_settings.RequestsPerWindow} requests per {_settings.WindowSeconds} seconds; wait for the number of seconds in Retry-After."
            : $"Without a token one address may make {_settings.AnonymousRequestsPerWindow} requests per {_settings.WindowSeconds} seconds; wait for the number of seconds in Retry-After, or send a personal access token.");
    }
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
