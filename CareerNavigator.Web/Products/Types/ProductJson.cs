using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace CareerNavigator.Web.Products.Types;

/// <summary>
/// The one JSON form of product content, shared by the generators, the validation and the pages:
/// snake_case names, enums as snake_case strings, and strict reading (a missing required member, a null
/// where the record does not allow one, or an unknown member is an error, not a silent default).
/// </summary>
public static partial class ProductJson
{
    public static JsonSerializerOptions Options { get; } = Create(relaxAddedMembers: false);

    /// <summary><see cref="Options"/> for reading: members marked <see cref="OptionalWhenReadAttribute"/> may be missing.</summary>
    private static readonly JsonSerializerOptions ReadOptions = Create(relaxAddedMembers: true);

    public static string Serialize<TContent>(TContent content) where TContent : class =>
        JsonSerializer.Serialize(content, Options);

    /// <summary>Reads content of a known type; throws <see cref="JsonException"/> when it does not fit the record.</summary>
    public static TContent Deserialize<TContent>(string json) where TContent : class =>
        JsonSerializer.Deserialize<TContent>(json, ReadOptions) ?? throw new JsonException("The content is null.");

    /// <summary>
    /// The JSON schema of a content record, as the model's structured output: every member required (nullable
    /// ones as "type or null"), no additional properties, enums as their string values.
    /// </summary>
    public static JsonNode SchemaFor(Type contentType) =>
        Options.GetJsonSchemaAsNode(contentType, new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true });

    /// <summary>
    /// Reads content that comes from outside the app (a model's answer, an API client): the record, or one sentence
    /// about the fields that kept it from being read (System.Text.Json's own messages name .NET types).
    /// </summary>
    public static (TContent? Content, string? Problem) TryDeserialize<TContent>(string json) where TContent : class
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return (null, "The content is empty.");
        }
        try
        {
            using var _ = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            return (null, $"The content is not valid JSON (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}).");
        }
        try
        {
            return (Deserialize<TContent>(json), null);
        }
        catch (JsonException ex)
        {
            return (null, Describe(ex));
        }
    }

    private static string Describe(JsonException ex)
    {
        var where = ex.Path is null or "$" ? "" : $" at {ex.Path}";
        if (MissingRequired().Match(ex.Message) is { Success: true } missing)
        {
            return $"Required field(s) missing{where}: {missing.Groups[1].Value}.";
        }
        if (UnknownMember().Match(ex.Message) is { Success: true } unknown)
        {
            return $"Unknown field '{unknown.Groups[1].Value}'{where}.";
        }
        if (NullNotAllowed().Match(ex.Message) is { Success: true } isNull)
        {
            return $"The field '{isNull.Groups[1].Value}' must not be null{where}.";
        }
        return $"The content does not have the expected shape{where}: a value has the wrong type or is out of range.";
    }

    [GeneratedRegex("missing required properties including: (.+?)\\.?$", RegexOptions.Multiline)]
    private static partial Regex MissingRequired();

    [GeneratedRegex("The JSON property '([^']+)' could not be mapped")]
    private static partial Regex UnknownMember();

    [GeneratedRegex("property or field '([^']+)' on type '[^']+' doesn't allow setting null")]
    private static partial Regex NullNotAllowed();

    private static JsonSerializerOptions Create(bool relaxAddedMembers)
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        if (relaxAddedMembers)
        {
            resolver.Modifiers.Add(RelaxAddedMembers);
        }
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            // Keeps names such as "Lucía" readable in stored JSON; HTML-sensitive characters stay escaped.
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            TypeInfoResolver = resolver,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }

    private static void RelaxAddedMembers(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (property.AttributeProvider?.IsDefined(typeof(OptionalWhenReadAttribute), inherit: false) == true)
            {
                property.IsRequired = false;
            }
        }
    }
}
