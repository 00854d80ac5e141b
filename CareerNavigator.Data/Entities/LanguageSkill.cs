namespace CareerNavigator.Data.Entities;

/// <summary>One entry of <c>user_profiles.languages</c>: a language and a CEFR level (A1–C2) or "native".</summary>
public sealed record LanguageSkill(string Language, string Proficiency)
{
    public static readonly IReadOnlyList<string> Levels = ["A1", "A2", "B1", "B2", "C1", "C2", "native"];
}
