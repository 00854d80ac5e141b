using System.Text.Json;
using CareerNavigator.Web.Applications;
using CareerNavigator.Web.Hosting;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Sources;
using CareerNavigator.Web.Products.Versions;
using CareerNavigator.Web.Profiles;
using Microsoft.AspNetCore.Diagnostics;

namespace CareerNavigator.Web.Api;

/// <summary>
/// Maps what the shared services throw to problem details: invalid forms and unreadable bodies to 400 with field
/// messages, another user's or a missing record or version to 404 (the same answer, so nothing leaks), a version change
/// that kept losing races to 409, failed generation to 422, and anything unexpected to 500 with a reference id that is
/// in the log. Only for /api requests: the pages keep their own error page.
/// </summary>
public sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!ApiSetup.IsApiRequest(httpContext))
        {
            return false;
        }

        await ProblemFor(httpContext, exception).ExecuteAsync(httpContext);
        return true;
    }

    private IResult ProblemFor(HttpContext context, Exception exception) => exception switch
    {
        FormValidationException ex => ApiProblems.Validation(ex.Errors),
        BadHttpRequestException { InnerException: JsonException json } =>
            ApiProblems.Validation(json.Path is { Length: > 2 } path ? path[2..] : "body", Explain(json)),
        BadHttpRequestException ex => ApiProblems.Problem(ex.StatusCode, "The request could not be read",
            "Send a JSON body (Content-Type: application/json) and query values of the documented types."),
        RecordNotFoundException or VersionNotFoundException => ApiProblems.Problem(StatusCodes.Status404NotFound, "Not found", exception.Message),
        // The row moved on after the version If-Match named (the saving statement names it too).
        RecordChangedException => ApiProblems.Problem(StatusCodes.Status412PreconditionFailed, "The record has changed", exception.Message),
        VersionsChangedMeanwhileException => ApiProblems.Problem(StatusCodes.Status409Conflict, "Changed meanwhile", exception.Message),
        UnresolvedClaimsException => ApiProblems.Problem(StatusCodes.Status409Conflict, "Facts to check first", exception.Message),
        ApiProblemException ex => ApiProblems.Problem(ex.Status, ex.Title, ex.Message),
        // The admin services check the role themselves too; the endpoint policy normally answers first.
        UnauthorizedAccessException => ApiProblems.Problem(StatusCodes.Status403Forbidden, "Not allowed", exception.Message),
        GenerationFailedException => ApiProblems.Problem(StatusCodes.Status422UnprocessableEntity, "Generation failed", exception.Message),
        _ => Unexpected(context, exception),
    };

    private IResult Unexpected(HttpContext context, Exception exception)
    {
        var reference = logger.LogWithReference(exception, "API request {Method} {Path}", context.Request.Method, context.Request.Path.Value);
        return ApiProblems.Problem(StatusCodes.Status500InternalServerError, "Something went wrong",
            $"Sorry, the request failed on our side; if it keeps failing, quote reference {reference}.");
    }

    private static string Explain(JsonException json) =>
        json.Message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal)
            ? "There is no such field here; see /openapi/v1.json for the fields this endpoint takes."
            : "This value has the wrong type or format (dates are yyyy-MM-dd), or the JSON around it is malformed.";
}
