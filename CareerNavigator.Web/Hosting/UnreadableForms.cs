using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Endpoints;

namespace CareerNavigator.Web.Hosting;

/// <summary>
/// A form post that fails antiforgery (a page left open across a sign-in elsewhere, an expired key, or a body the
/// form reader refuses, such as one with a NUL character) would get the framework's developer sentence as plain text.
/// People get a short page instead: what happened, that nothing was saved, and a link back to the form.
/// </summary>
public static class UnreadableForms
{
    public static IApplicationBuilder UseFriendlyUnreadableForms(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (HttpMethods.IsPost(context.Request.Method)
            && context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false }
            && context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(PageFor(context.Request.Path));
            return;
        }
        await next();
    });

    /// <summary>For minimal endpoints behind a form: refuses a post without a valid antiforgery token with the same page.</summary>
    public static RouteHandlerBuilder RequireAntiforgeryToken(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter(async (invocation, next) =>
        {
            var context = invocation.HttpContext;
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            return await antiforgery.IsRequestValidAsync(context)
                ? await next(invocation)
                : Results.Content(PageFor(context.Request.Path), "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        });

    private static string PageFor(PathString path) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Form not sent · Career Navigator</title><link rel="stylesheet" href="/app.css" /></head>
        <body class="unreadable-form">
        <main>
        <h1>We couldn't read that form</h1>
        <p>It may have been open for a long time, or you signed in or out in another tab, or it held characters we can't
        accept (such as control characters). Nothing was saved.</p>
        <p><a href="{WebUtility.HtmlEncode(path.HasValue ? path.Value : "/")}">Open the form again</a> and try once more.</p>
        </main>
        </body>
        </html>
        """;
}
