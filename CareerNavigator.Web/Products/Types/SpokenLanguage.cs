namespace CareerNavigator.Web.Products.Types;

/// <summary>A language and the level the user gave (CEFR A1–C2 or "native").</summary>
public sealed record SpokenLanguage
{
    public required string Language { get; init; }
    public required string Proficiency { get; init; }
}
