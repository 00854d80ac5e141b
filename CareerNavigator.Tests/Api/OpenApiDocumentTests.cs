using System.Net;
using System.Text.Json.Nodes;

namespace CareerNavigator.Tests.Api;

/// <summary>The OpenAPI document describes every endpoint the app maps under /api: a new endpoint without docs fails here.</summary>
public sealed class OpenApiDocumentTests(ApiApp api) : IClassFixture<ApiApp>
{
    [Fact]
    public async Task The_document_lists_every_mapped_api_endpoint_with_a_summary_a_description_and_examples()
    {
        var document = await DocumentAsync();
        var paths = document["paths"]!.AsObject();
        var endpoints = ApiEndpoints.All(api.App.Services);
        Assert.NotEmpty(endpoints);

        foreach (var endpoint in endpoints)
        {
            var operation = paths[endpoint.OpenApiPath]?[endpoint.Method.ToLowerInvariant()];
            Assert.True(operation is not null, $"{endpoint} is not in /openapi/v1.json");
            Assert.False(string.IsNullOrWhiteSpace((string?)operation!["summary"]), $"{endpoint} has no summary");
            Assert.False(string.IsNullOrWhiteSpace((string?)operation["description"]), $"{endpoint} has no description");
            Assert.False(string.IsNullOrWhiteSpace((string?)operation["operationId"]), $"{endpoint} has no operationId");

            if (operation["requestBody"] is { } requestBody)
            {
                Assert.True(requestBody["content"]!["application/json"]?["example"] is not null, $"{endpoint} has no request example");
            }
            var success = operation["responses"]!.AsObject().Where(r => r.Key.StartsWith('2')).ToList();
            Assert.True(success.Count > 0, $"{endpoint} documents no success response");
            foreach (var (status, response) in success.Where(r => r.Value?["content"] is not null))
            {
                Assert.True(response!["content"]!.AsObject().Any(c => c.Value?["example"] is not null), $"{endpoint} {status} has no example");
            }
            Assert.True(operation["responses"]!["401"] is not null, $"{endpoint} does not document 401");
        }
    }

    [Fact]
    public async Task The_document_declares_bearer_tokens_and_has_no_paths_the_app_does_not_map()
    {
        var document = await DocumentAsync();
        var mapped = ApiEndpoints.All(api.App.Services).Select(e => e.OpenApiPath).ToHashSet();

        Assert.Equal("bearer", (string?)document["components"]!["securitySchemes"]!["bearer"]!["scheme"]);
        Assert.All(document["paths"]!.AsObject().Select(p => p.Key), path => Assert.Contains(path, mapped));
        Assert.StartsWith("3.", (string?)document["openapi"]);
    }

    [Fact]
    public async Task The_interactive_reference_is_served_in_development_from_the_app_itself()
    {
        var page = await api.Client().GetAsync("/scalar/v1");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain("cdn.jsdelivr.net", html);
        Assert.DoesNotContain("fonts.scalar.com", html);
    }

    private async Task<JsonObject> DocumentAsync()
    {
        var response = await api.Client().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
