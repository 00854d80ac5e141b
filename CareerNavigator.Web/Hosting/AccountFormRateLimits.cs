using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CareerNavigator.Web.Hosting;

/// <summary>
/// Slows down password guessing, account enumeration and email flooding: each client address may submit each
/// account form (sign in, register, reset or change a password, ...) a limited number of times per minute.
/// Over the limit the answer is 429 Too Many Requests with Retry-After, not the middleware's default 503.
/// </summary>
public static class AccountFormRateLimits
{
    public const string Section = "RateLimits";

    private static readonly string[] LimitedForms =
    [
        "/Account/Login", "/Account/Register", "/Account/ForgotPassword", "/Account/ResetPassword",
        "/Account/ResendEmailConfirmation", "/Account/Manage/ChangePassword", "/Account/Manage/Email",
        "/Account/Manage/DeletePersonalData", "/Account/Manage/AccessTokens",
    ];

    public static WebApplicationBuilder AddAccountFormRateLimits(this WebApplicationBuilder builder)
    {
        var permitsPerMinute = builder.Configuration.GetValue($"{Section}:AccountFormsPerMinute", 10);
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = WriteTooManyRequestsAsync;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                LimitedFormOf(context) is { } form
                    ? RateLimitPartition.GetFixedWindowLimiter($"{form}|{ClientAddress(context)}", _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = permitsPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter(""));
        });
        return builder;
    }

    /// <summary>
    /// The form by the page the request was routed to, not by its path: every spelling that reaches the page
    /// (any case, a trailing slash) shares the page's one budget.
    /// </summary>
    private static string? LimitedFormOf(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } route }
            ? Array.Find(LimitedForms, form => string.Equals(form, route, StringComparison.OrdinalIgnoreCase))
            : null;

    /// <summary>The client's address; behind a listed proxy, the one it forwarded (<see cref="TrustedProxies"/>).</summary>
    private static string ClientAddress(HttpContext context) =>
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask WriteTooManyRequestsAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var response = rejected.HttpContext.Response;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? (int)Math.Ceiling(wait.TotalSeconds)
            : 60;
        response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.ContentType = "text/html; charset=utf-8";
        var back = WebUtility.HtmlEncode(rejected.HttpContext.Request.Path.Value ?? "/");
        await response.WriteAsync($"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Too many attempts</title>
            <meta name="viewport" content="width=device-width, initial-scale=1"></head>
            <body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem">
            <h1>Too many attempts</h1>
            <p>For your safety we paused this form for a moment. Please wait {retryAfter} seconds and <a href="{back}">try again</a>.</p>
            </body></html>
            """, cancellationToken);
    }
}
