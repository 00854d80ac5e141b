using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CareerNavigator.Load.Protocol;

/// <summary>
/// What a server-rendered page carries for the circuit: the start markers of its interactive server components
/// (JSON, each with a data-protected, single-use descriptor) and the persisted component state.
/// </summary>
public sealed partial record PrerenderedPage(IReadOnlyList<JsonObject> ServerMarkers, string ApplicationState)
{
    public static PrerenderedPage Parse(string html)
    {
        var markers = Markers().Matches(html)
            .Select(m => JsonNode.Parse(m.Groups[1].Value) as JsonObject)
            .Where(m => m?["type"]?.GetValue<string>() == "server" && m["descriptor"] is not null)
            .Select(m => m!)
            .ToList();
        var state = State().Match(html);
        return new PrerenderedPage(markers, state.Success ? state.Groups[1].Value : "");
    }

    /// <summary>The operations a browser sends in UpdateRootComponents: one "add" per marker, numbered from 1.</summary>
    public string AddRootComponentsOperations() => new JsonObject
    {
        ["batchId"] = 1,
        ["operations"] = new JsonArray(ServerMarkers.Select((marker, i) => (JsonNode)new JsonObject
        {
            ["type"] = "add",
            ["ssrComponentId"] = i + 1,
            ["marker"] = marker.DeepClone(),
        }).ToArray()),
    }.ToJsonString();

    [GeneratedRegex(@"<!--Blazor:(\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex Markers();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:(.*?)-->", RegexOptions.Singleline)]
    private static partial Regex State();
}
