using System.Text.Json;
using System.Text.Json.Nodes;
using CareerNavigator.Web.Api.Tokens;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace CareerNavigator.Web.Api;

/// <summary>An example body for an endpoint's request or success response, copied into the OpenAPI document.</summary>
public sealed record ApiExample(bool IsRequest, object Value);

public static class ApiDocumentation
{
    public const string DocumentName = "v1";
    public const string SecuritySchemeName = "bearer";

    public static RouteHandlerBuilder WithRequestExample(this RouteHandlerBuilder endpoint, object example) =>
        endpoint.WithMetadata(new ApiExample(IsRequest: true, example));

    public static RouteHandlerBuilder WithResponseExample(this RouteHandlerBuilder endpoint, object example) =>
        endpoint.WithMetadata(new ApiExample(IsRequest: false, example));

    /// <summary>Marks an operation of the public endpoints: no token, or a bearer token (an empty requirement means anonymous).</summary>
    public static Task TokenOptional(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Security =
        [
            new OpenApiSecurityRequirement(),
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecuritySchemeName, context.Document)] = [] },
        ];
        return Task.CompletedTask;
    }

    public static void Configure(OpenApiOptions options)
    {
        options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Career Navigator API",
                Version = "v1",
                Description = "The caller's profile, records, generated documents, job applications and skill gaps, and ESCO's occupations and skills. " +
                              "Authenticate with a personal access token (Account › API tokens): Authorization: Bearer cnpat_... " +
                              "The occupation search and occupation details are public: they answer without a token (rate-limited per client address). " +
                              "JSON field names are snake_case. Errors are RFC 9457 problem details; invalid fields are listed under errors. " +
                              "Updates need If-Match with the ETag of the last read (412 when stale, 428 when missing).",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[SecuritySchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "A personal access token (cnpat_...) with scope read or read_write.",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecuritySchemeName, document)] = [] }];
            return Task.CompletedTask;
        });

        options.AddOperationTransformer((operation, context, _) =>
        {
            var json = context.ApplicationServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            foreach (var example in context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiExample>())
            {
                var node = JsonSerializer.SerializeToNode(example.Value, example.Value.GetType(), json);
                var contents = example.IsRequest
                    ? operation.RequestBody?.Content
                    : operation.Responses?.Where(r => r.Key.StartsWith('2')).Select(r => r.Value.Content).FirstOrDefault(c => c is not null);
                foreach (var media in contents?.Values ?? [])
                {
                    media.Example = node?.DeepClone();
                }
            }
            return Task.CompletedTask;
        });
    }
}
