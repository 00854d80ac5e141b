using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace CareerNavigator.Web.Generation.Content;

/// <summary>
/// The one JSON form of product content, shared by the generators, the validation and the pages:
/// snake_case names, enums as snake_case strings, and strict reading (a missing required member, a null
/// where the record does not allow one, or an unknown member is an error, not a silent default).
/// </summary>
public static class ProductJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize<TContent>(TContent content) where TContent : class =>
        JsonSerializer.Serialize(content, Options);

    /// <summary>Reads content of a known type; throws <see cref="JsonException"/> when it does not fit the record.</summary>
    public static TContent Deserialize<TContent>(string json) where TContent : class =>
        JsonSerializer.Deserialize<TContent>(json, Options) ?? throw new JsonException("The content is null.");

    /// <summary>
    /// The JSON schema of a content record, as the model's structured output: every member required (nullable
    /// ones as "type or null"), no additional properties, enums as their string values.
    /// </summary>
    public static JsonNode SchemaFor(Type contentType) =>
        Options.GetJsonSchemaAsNode(contentType, new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true });

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            // Keeps names such as "Lucía" readable in stored JSON; HTML-sensitive characters stay escaped.
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }
}
