using System.Collections.Concurrent;
using System.Text.Json;
using CareerNavigator.Web.Products.Types;
using Microsoft.Extensions.AI;

namespace CareerNavigator.Web.Products.Generation.Llm;

/// <summary>The JSON form of content records (snake_case properties and enum values) and the response format built from it.</summary>
public static class ContentSchemas
{
    /// <summary>The same options as stored content, so that the schema the model sees is the shape the rules accept.</summary>
    public static readonly JsonSerializerOptions Json = ProductJson.Options;

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
}
