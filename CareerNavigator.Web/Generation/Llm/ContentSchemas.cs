using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.AI;

namespace CareerNavigator.Web.Generation.Llm;

/// <summary>The JSON form of content records (snake_case properties and enum values) and the response format built from it.</summary>
public static class ContentSchemas
{
    public static readonly JsonSerializerOptions Json = CreateJsonOptions();

    private static readonly ConcurrentDictionary<Type, JsonElement> Schemas = new();

    private static readonly AIJsonSchemaCreateOptions SchemaOptions = new()
    {
        TransformOptions = new AIJsonSchemaTransformOptions { DisallowAdditionalProperties = true },
    };

    /// <summary>The structured-output format asking for one JSON object shaped like <paramref name="contentType"/>.</summary>
    public static ChatResponseFormatJson ResponseFormat(Type contentType, string name, string description) =>
        ChatResponseFormat.ForJsonSchema(Schema(contentType), name, description);

    public static JsonElement Schema(Type contentType) =>
        Schemas.GetOrAdd(contentType, type => AIJsonUtilities.CreateJsonSchema(type, serializerOptions: Json, inferenceOptions: SchemaOptions));

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.MakeReadOnly();
        return options;
    }
}
