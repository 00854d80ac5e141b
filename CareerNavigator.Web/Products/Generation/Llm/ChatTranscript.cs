using System.Text.Json;
using Microsoft.Extensions.AI;

namespace CareerNavigator.Web.Products.Generation.Llm;

/// <summary>The exact messages sent, as stored in <c>prompt_used</c>: a JSON array of <c>{"role", "text"}</c>.</summary>
public static class ChatTranscript
{
    public static string ToJson(IEnumerable<ChatMessage> messages) =>
        JsonSerializer.Serialize(messages.Select(m => new Entry(m.Role.Value, m.Text)), UserDataJson.Options);

    public static IReadOnlyList<ChatMessage> FromJson(string json) =>
        (JsonSerializer.Deserialize<List<Entry>>(json, UserDataJson.Options) ?? [])
        .Select(e => new ChatMessage(new ChatRole(e.Role), e.Text))
        .ToList();

    private sealed record Entry(string Role, string Text);
}
