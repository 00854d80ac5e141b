using System.Reflection;
using NpgsqlTypes;

namespace CareerNavigator.Data.Entities;

/// <summary>
/// The seed's snake_case label of an enum value (its <see cref="PgNameAttribute"/>), used wherever the
/// label is stored as text (SQLite) or shown in the same words as the database (admin, exports).
/// </summary>
public static class DatabaseLabels
{
    public static string Label<TEnum>(this TEnum value) where TEnum : struct, Enum =>
        LabelCache<TEnum>.ToLabel[value];

    public static TEnum Parse<TEnum>(string label) where TEnum : struct, Enum =>
        LabelCache<TEnum>.FromLabel.TryGetValue(label, out var value)
            ? value
            : throw new ArgumentException($"'{label}' is not a {typeof(TEnum).Name} label.", nameof(label));

    public static IReadOnlyCollection<string> Labels<TEnum>() where TEnum : struct, Enum =>
        LabelCache<TEnum>.FromLabel.Keys;

    private static class LabelCache<TEnum> where TEnum : struct, Enum
    {
        public static readonly Dictionary<TEnum, string> ToLabel = Enum.GetValues<TEnum>().ToDictionary(
            v => v,
            v => typeof(TEnum).GetField(v.ToString())!.GetCustomAttribute<PgNameAttribute>()?.PgName
                 ?? throw new InvalidOperationException($"{typeof(TEnum).Name}.{v} has no [PgName]."));

        public static readonly Dictionary<string, TEnum> FromLabel = ToLabel.ToDictionary(p => p.Value, p => p.Key);
    }
}
