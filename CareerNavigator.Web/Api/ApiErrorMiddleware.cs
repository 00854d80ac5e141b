using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;

namespace CareerNavigator.Web.Api;

/// <summary>
/// Keeps /api answers machine-readable: the app's HTML status-code pages are switched off here, a body that
/// cannot be read becomes a 400 naming the field, and any other bodiless error gets problem details.
/// </summary>
public sealed class ApiErrorMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }

        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            await (ex.InnerException is JsonException json
                ? ApiProblems.Validation(json.Path is { Length: > 2 } path ? path[2..] : "body", Explain(json))
                : ApiProblems.Problem(ex.StatusCode, "The request could not be read", "Send a JSON body (Content-Type: application/json) and query values of the documented types."))
                .ExecuteAsync(context);
            return;
        }

        var response = context.Response;
        if (response.StatusCode >= 400 && !response.HasStarted && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
        {
            await ApiProblems.WriteAsync(context, response.StatusCode, ReasonPhrases.GetReasonPhrase(response.StatusCode),
                response.StatusCode == StatusCodes.Status404NotFound
                    ? "There is no such endpoint; see /openapi/v1.json."
                    : "The request was refused; see /openapi/v1.json for what this endpoint accepts.");
        }
    
    }

    private static string Explain(JsonException json) =>
        json.Message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal)
            ? "There is no such field here; see /openapi/v1.json for the fields this endpoint takes."
            : "This value has the wrong type or format (dates are yyyy-MM-dd), or the JSON around it is malformed.";
}
