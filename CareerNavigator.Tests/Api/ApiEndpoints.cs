using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Api;

/// <summary>Every endpoint the app maps under /api, read from the app's own endpoint data source (not a hand-kept list).</summary>
public static partial class ApiEndpoints
{
    /// <summary>The endpoints that answer without a token (public data); every other one needs a token.</summary>
    public static readonly IReadOnlySet<string> Public = new HashSet<string>
    {
        "GET /api/v1/occupations/search",
        "GET /api/v1/occupations/{id}",
    };

    public sealed record Endpoint(string Method, string Template)
    {
        /// <summary>The template as OpenAPI writes paths: route constraints removed.</summary>
        public string OpenApiPath => Constraint().Replace(Template, "}").TrimEnd('/');

        /// <summary>A concrete path to call: ids 1, product type cv.</summary>
        public string SamplePath => Parameter().Replace(OpenApiPath, m => m.Groups[1].Value == "type" ? "cv" : "1");

        public bool Writes => Method is not "GET";

        public bool IsPublic => Public.Contains(ToString());

        public override string ToString() => $"{Method} {Template}";
    }

    public static IReadOnlyList<Endpoint> All(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => new Endpoint(m, e.RoutePattern.RawText!)))
            .OrderBy(e => e.Template).ThenBy(e => e.Method)];

    [GeneratedRegex(@":[^}]+}")]
    private static partial Regex Constraint();

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Parameter();
}
