using System.Net;
using System.Text.Json.Nodes;

namespace CareerNavigator.Tests.Api.Occupations;

/// <summary>The OpenAPI document describes the occupation endpoints: parameters, examples and which need no token.</summary>
public sealed class OccupationOpenApiTests(ApiApp api) : IClassFixture<ApiApp>
{
    [Theory]
    [InlineData("/api/v1/occupations/search", "q,limit", true)]
    [InlineData("/api/v1/occupations/{id}", "id", true)]
    [InlineData("/api/v1/me/skill-gaps", "occupation", false)]
    public async Task The_document_lists_the_endpoint_with_described_parameters_and_an_example(string path, string parameters, bool isPublic)
    {
        var response = await api.Client().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        var operation = document["paths"]?[path]?["get"];
        Assert.True(operation is not null, $"{path} is not in the document");
        Assert.False(string.IsNullOrWhiteSpace((string?)operation["summary"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)operation["description"]));
        var described = operation["parameters"]!.AsArray().ToDictionary(p => (string)p!["name"]!, p => (string?)p!["description"]);
        foreach (var name in parameters.Split(','))
        {
            Assert.True(described.TryGetValue(name, out var text) && !string.IsNullOrWhiteSpace(text), $"{path}: {name} is not described");
        }
        Assert.NotNull(operation["responses"]!["200"]!["content"]!["application/json"]!["example"]);
        var anonymousAllowed = operation["security"]?.AsArray().Any(r => r!.AsObject().Count == 0) == true;
        Assert.Equal(isPublic, anonymousAllowed);
    }
}
