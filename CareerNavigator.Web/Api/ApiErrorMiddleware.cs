using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;

namespace CareerNavigator.Web.Api;

/// <summary>
/// Keeps /api answers machine-readable: the app's HTML status-code pages are switched off here, and any error that
/// left without a body (an unknown path, a refused token, a wrong method) gets problem details.
/// </summary>
public sealed class ApiErrorMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }

        await next(context);

        var response = context.Response;
        if (response.StatusCode >= 400 && !response.HasStarted && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
        {
            await ApiProblems.WriteAsync(context, response.StatusCode, ReasonPhrases.GetReasonPhrase(response.StatusCode),
                response.StatusCode == StatusCodes.Status404NotFound
                    ? "There is no such endpoint; see /openapi/v1.json."
                    : "The request was refused; see /openapi/v1.json for what this endpoint accepts.");
        }
    }
}
