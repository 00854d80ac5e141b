using System.Text.Json.Nodes;
using CareerNavigator.Web.Products.Generation.Llm;

namespace CareerNavigator.Tests.Products.Generation.Llm;

/// <summary>Takes a prompt's user message apart at the <c>user_data</c> tags, for the prompt-injection tests.</summary>
public static class DataBlock
{
    /// <returns>The text before the opening tag, between the tags, and after the closing tag; all of it as Before when a tag is missing.</returns>
    public static (string Before, string Block, string After) Split(string message)
    {
        var open = message.IndexOf(PromptBuilder.OpenTag, StringComparison.Ordinal);
        var close = message.IndexOf(PromptBuilder.CloseTag, StringComparison.Ordinal);
        return open >= 0 && close > open
            ? (message[..open], message[(open + PromptBuilder.OpenTag.Length)..close], message[(close + PromptBuilder.CloseTag.Length)..])
            : (message, "", "");
    }

    public static int Count(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    /// <summary>Every string value in the JSON, however deep.</summary>
    public static IEnumerable<string> StringsIn(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : StringsIn(p.Value)),
        JsonArray a => a.SelectMany(n => n is null ? [] : StringsIn(n)),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
