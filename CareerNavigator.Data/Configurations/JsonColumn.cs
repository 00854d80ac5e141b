using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CareerNavigator.Data.Configurations;

/// <summary>
/// Stores a value as JSON text. PostgreSQL gets <c>jsonb</c> columns for these (see
/// <see cref="CareerNavigatorDbContext"/>); SQLite keeps them as TEXT.
/// </summary>
public sealed class JsonColumnConverter<T>() : ValueConverter<T, string>(
    v => JsonSerializer.Serialize(v, JsonColumn.Options),
    v => JsonSerializer.Deserialize<T>(v, JsonColumn.Options)!);

/// <summary>A string that already holds JSON: stored as it is, in a jsonb column on PostgreSQL.</summary>
public sealed class RawJsonConverter() : ValueConverter<string, string>(v => v, v => v);

public static class JsonColumn
{
    internal static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property) =>
        property.HasConversion(
            new JsonColumnConverter<T>(),
            new ValueComparer<T>(
                (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                v => JsonSerializer.Serialize(v, Options).GetHashCode(),
                v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, Options), Options)!));

    public static PropertyBuilder<T> HasRawJson<T>(this PropertyBuilder<T> property) where T : class? =>
        property.HasConversion((ValueConverter)new RawJsonConverter());

    /// <summary>True for a property that <see cref="HasJsonConversion{T}"/> or <see cref="HasRawJson{T}"/> configured.</summary>
    public static bool IsJsonColumn(Type? converterType) =>
        converterType == typeof(RawJsonConverter) || converterType is { IsGenericType: true } && converterType.GetGenericTypeDefinition() == typeof(JsonColumnConverter<>);
}
