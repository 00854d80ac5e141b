using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Products.Generation.BuiltIn;

/// <summary>How ready a user's language is for work, from the level they gave (CEFR A1–C2 or "native").</summary>
internal static class LanguageReadiness
{
    /// <summary>The user's level in <paramref name="language"/>, or null when they did not list it.</summary>
    public static string? Level(IEnumerable<LanguageSkill> languages, string language) =>
        languages.FirstOrDefault(l => l.Language.Trim().Equals(language, StringComparison.OrdinalIgnoreCase))?.Proficiency;

    /// <summary>B2 and above is the level most job adverts ask for.</summary>
    public static bool IsWorkReady(string? level) => level is not null &&
        (level.Equals("native", StringComparison.OrdinalIgnoreCase) || level.ToUpperInvariant() is "B2" or "C1" or "C2");

    public static bool IsFluent(string? level) => level is not null &&
        (level.Equals("native", StringComparison.OrdinalIgnoreCase) || level.ToUpperInvariant() is "C1" or "C2");
}
