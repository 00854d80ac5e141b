using System.Text.Json.Nodes;

namespace CareerNavigator.Tests.Products.Generation.Llm;

/// <summary>One chat-completions request as the fake server saw it.</summary>
public sealed record ReceivedRequest(
    string Path,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers,
    JsonObject Body,
    DateTimeOffset At)
{
    public bool Streams => Body["stream"]?.GetValue<bool>() == true;

    public IReadOnlyList<(string Role, string Text)> Messages =>
        Body["messages"]!.AsArray().Select(m => (m!["role"]!.GetValue<string>(), TextOf(m["content"]))).ToList();

    public string AllText => string.Join("\n", Messages.Select(m => m.Text));

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>Content is a string or an array of parts, depending on the SDK.</summary>
    private static string TextOf(JsonNode? content) => content switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>() ?? "")),
        _ => "",
    };
}
