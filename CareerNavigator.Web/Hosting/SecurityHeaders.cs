using System.Security.Cryptography;

namespace CareerNavigator.Web.Hosting;

/// <summary>
/// Security headers on every response. The Content-Security-Policy allows what Blazor Server and MudBlazor need
/// and nothing else: scripts from this origin plus the one inline import map (by a per-request nonce), inline
/// styles (MudBlazor writes style attributes and its theme's style element at run time), the circuit's
/// WebSocket to this origin, and no framing.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "csp-nonce";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceKey] = nonce;
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/scalar")
                    ? ApiReferencePolicy
                    : ContentSecurityPolicy(nonce);
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next();
        });

    /// <summary>The nonce that inline scripts of this response must carry.</summary>
    public static string CspNonce(this HttpContext context) =>
        context.Items[NonceKey] as string ?? throw new InvalidOperationException("UseSecurityHeaders has not run.");

    /// <summary>
    /// The interactive API reference (Scalar, Development only) is a third-party page built on inline scripts and
    /// styles; it gets a policy of its own that still loads nothing from outside this origin.
    /// </summary>
    private const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public static string ContentSecurityPolicy(string nonce) => string.Join("; ",
        "default-src 'self'",
        $"script-src 'self' 'nonce-{nonce}'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'");
}
