using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace CareerNavigator.Web.Products.Generation.Llm;

/// <summary>
/// Serialises the user's data for the <c>&lt;user_data&gt;</c> block of a prompt. The encoder escapes <c>&lt;</c>,
/// <c>&gt;</c>, <c>&amp;</c> and quotes (as every System.Text.Json encoder but UnsafeRelaxedJsonEscaping does) and
/// look-alike angle brackets, so no text a user types can close the block; other letters stay readable, which keeps a
/// CV in Greek or Chinese legible to the model and cheap in tokens.
/// </summary>
public static class UserDataJson
{
    /// <summary>Database bookkeeping the model has no use for; <c>user</c> is the Identity row (password hash).</summary>
    private static readonly HashSet<string> Bookkeeping = ["id", "user_id", "user", "created_at", "updated_at"];

    private static readonly char[] LookAlikeBrackets =
        ['\u2039', '\u203A', '\u2329', '\u232A', '\u27E8', '\u27E9', '\u3008', '\u3009', '\uFE64', '\uFE65', '\uFF1C', '\uFF1E'];

    // Declared after the sets it is built from: static fields initialise in order.
    public static readonly JsonSerializerOptions Options = CreateOptions();

    public static string Serialize<T>(T data) => JsonSerializer.Serialize(data, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var characters = new TextEncoderSettings(UnicodeRanges.All);
        characters.ForbidCharacters(LookAlikeBrackets);
        var options = new JsonSerializerOptions
        {
            Encoder = JavaScriptEncoder.Create(characters),
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DropBookkeeping } },
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.MakeReadOnly();
        return options;
    }

    private static void DropBookkeeping(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = type.Properties.Count - 1; i >= 0; i--)
        {
            if (Bookkeeping.Contains(type.Properties[i].Name))
            {
                type.Properties.RemoveAt(i);
            }
        }
    }
}
