using System.Text.Json;
using System.Text.Json.Serialization;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Api.Admin;
using CareerNavigator.Web.Api.Applications;
using CareerNavigator.Web.Api.Occupations;
using CareerNavigator.Web.Api.Products;
using CareerNavigator.Web.Api.Profile;
using CareerNavigator.Web.Api.Records;
using CareerNavigator.Web.Api.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Net.Http.Headers;
using Scalar.AspNetCore;

namespace CareerNavigator.Web.Api;

public static class ApiSetup
{
    public const string ReadPolicy = "api.read";
    public const string WritePolicy = "api.write";
    public const string AdminPolicy = "api.admin";

    /// <summary>Public data: no token needed, but a token that is sent must be usable (401 otherwise, as everywhere).</summary>
    public const string PublicPolicy = "api.public";

    /// <summary>
    /// The REST API under /api/v1: personal access tokens (their own authentication scheme; the sign-in cookie
    /// never authorizes the API), snake_case JSON, problem details, rate limiting per token (per address without one) and the OpenAPI document.
    /// </summary>
    public static WebApplicationBuilder AddApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, AccessTokenAuthenticationHandler>(AccessTokenAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ReadPolicy, p => p.AddAuthenticationSchemes(AccessTokenAuthenticationHandler.SchemeName).RequireAuthenticatedUser())
            .AddPolicy(WritePolicy, p => p.AddAuthenticationSchemes(AccessTokenAuthenticationHandler.SchemeName).RequireAuthenticatedUser()
                .RequireClaim(AccessTokenScopes.ClaimType, AccessTokenScopes.ReadWrite))
            .AddPolicy(AdminPolicy, p => p.AddAuthenticationSchemes(AccessTokenAuthenticationHandler.SchemeName).RequireAuthenticatedUser()
                .RequireRole(Roles.Admin))
            .AddPolicy(PublicPolicy, p => p.AddAuthenticationSchemes(AccessTokenAuthenticationHandler.SchemeName)
                .RequireAssertion(c => c.User.Identity?.IsAuthenticated == true
                                       || c.Resource is HttpContext http && !http.Request.Headers.ContainsKey(HeaderNames.Authorization)));

        services.AddScoped<PersonalAccessTokenService>();
        services.AddScoped<ProductVersionQuery>();
        services.AddRateLimiter(options => options.AddPolicy<ApiCaller, ApiRateLimitPolicy>(ApiRateLimitPolicy.Name));

        services.AddProblemDetails(options => options.CustomizeProblemDetails = problem =>
            // A 500 carries its reference id; the framework's trace id would be a second, unexplained one. The writer has
            // already named it by the API's naming policy.
            problem.ProblemDetails.Extensions.Remove(JsonNamingPolicy.SnakeCaseLower.ConvertName("traceId")));
        services.AddExceptionHandler<ApiExceptionHandler>();

        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        });
        // Unreadable bodies throw in every environment (not only Development), so ApiExceptionHandler can name the field.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddOpenApi(ApiDocumentation.DocumentName, ApiDocumentation.Configure);
        return builder;
    }

    public static bool IsApiRequest(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    public static WebApplication MapApi(this WebApplication app)
    {
        app.UseWhen(IsApiRequest, api => api
            .UseMiddleware<ApiErrorMiddleware>()
            // Inside the branch, so the API answers problem details in every environment (the developer page included)
            // while the pages keep theirs; a 404 from ApiExceptionHandler is an answer, not a missing error page.
            .UseExceptionHandler(new ExceptionHandlerOptions { AllowStatusCode404Response = true }));

        var api = app.MapGroup("/api/v1")
            // Enforced by the pipeline's UseRateLimiter, which runs after authorization has read the token.
            .RequireRateLimiting(ApiRateLimitPolicy.Name)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        var v1 = api.MapGroup("").RequireAuthorization(ReadPolicy);
        var open = api.MapGroup("").RequireAuthorization(PublicPolicy).AddOpenApiOperationTransformer(ApiDocumentation.TokenOptional);
        v1.MapProfileEndpoints();
        v1.MapRecordEndpoints();
        v1.MapProductEndpoints();
        v1.MapApplicationEndpoints();
        v1.MapAdminEndpoints();
        open.MapOccupationEndpoints();
        v1.MapSkillGapEndpoints();

        app.MapOpenApi("/openapi/{documentName}.json");
        if (app.Environment.IsDevelopment())
        {
            // Served from the package itself (no CDN); fonts off, as they would be fetched from one.
            app.MapScalarApiReference("/scalar", options => options
                .WithTitle("Career Navigator API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .DisableDefaultFonts()
                .AddPreferredSecuritySchemes(ApiDocumentation.SecuritySchemeName));
        }
        return app;
    }
}
