using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Hosting;
using CareerNavigator.Web.Profiles;
using CareerNavigator.Web.Products.Versions;

namespace CareerNavigator.Web.Api;

/// <summary>
/// Maps what the shared services throw to problem details: invalid forms to 400 with field messages, another
/// user's or a missing record to 404 (the same answer, so nothing leaks), a version change that kept losing races
/// to 409, failed generation to 422, and anything unexpected to 500 with a reference id that is in the log.
/// </summary>
public sealed class ApiExceptionFilter(ILogger<ApiExceptionFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (FormValidationException ex)
        {
            return ApiProblems.Validation(ex.Errors);
        }
        catch (RecordNotFoundException ex)
        {
            return ApiProblems.Problem(StatusCodes.Status404NotFound, "Not found", ex.Message);
        }
        catch (VersionsChangedMeanwhileException ex)
        {
            return ApiProblems.Problem(StatusCodes.Status409Conflict, "Changed meanwhile", ex.Message);
        }
        catch (VersionRefusedException ex) when (ex.Message == ProductVersionService.NotFoundMessage)
        {
            return ApiProblems.Problem(StatusCodes.Status404NotFound, "Not found", ex.Message);
        }
        catch (ApiProblemException ex)
        {
            return ApiProblems.Problem(ex.Status, ex.Title, ex.Message);
        }
        catch (UnauthorizedAccessException ex)
        {
            // The admin services check the role themselves too; the endpoint policy normally answers first.
            return ApiProblems.Problem(StatusCodes.Status403Forbidden, "Not allowed", ex.Message);
        }
        catch (GenerationFailedException ex)
        {
            return ApiProblems.Problem(StatusCodes.Status422UnprocessableEntity, "Generation failed", ex.Message);
        }
        catch (Exception ex) when (ex is not BadHttpRequestException && (ex is not OperationCanceledException || !context.HttpContext.RequestAborted.IsCancellationRequested))
        {
            var reference = logger.LogWithReference(ex, "API request {Method} {Path}", context.HttpContext.Request.Method, context.HttpContext.Request.Path.Value);
            return ApiProblems.Problem(StatusCodes.Status500InternalServerError, "Something went wrong",
                $"Sorry, the request failed on our side; if it keeps failing, quote reference {reference}.");
        }
    }
}
