using System.Text.RegularExpressions;

namespace CareerNavigator.Web.Import;

/// <summary>
/// Turns proficiency wording into the levels <c>user_profiles.languages</c> stores (CEFR "A1".."C2" or "native").
/// LinkedIn's five levels map as: "Native or bilingual proficiency" → native, "Full professional proficiency"
/// → C2, "Professional working proficiency" → C1, "Limited working proficiency" → B1, "Elementary
/// proficiency" → A2. Free wording (JSON Resume's fluency, a CV's language lines) maps as: a CEFR code anywhere in it →
/// that code; native / bilingual / mother tongue → native; fluent, advanced, proficient → C1; upper intermediate → B2;
/// intermediate, conversational → B1; elementary, basic → A2; beginner → A1. The same words in Spanish, French,
/// German, Polish and Portuguese map alike (nativo, langue maternelle, Muttersprache, ojczysty → native; fluido, courant,
/// fließend, verhandlungssicher, płynny, fluente, avanzado, avancé, zaawansowany, avançado → C1; intermedio,
/// intermédiaire, średniozaawansowany, intermédio, intermediário → B1; básico, notions, Grundkenntnisse, podstawowy →
/// A2; principiante, débutant, Anfänger, początkujący, iniciante → A1). Anything else is unknown (null).
/// </summary>
public static partial class LanguageLevels
{
    private static readonly (string Words, string Level)[] Phrases =
    [
        ("native", "native"), ("bilingual", "native"), ("mother tongue", "native"), ("first language", "native"),
        ("nativo", "native"), ("nativa", "native"), ("lengua materna", "native"), ("bilingüe", "native"), ("maternelle", "native"), ("bilingue", "native"),
        ("muttersprache", "native"), ("zweisprachig", "native"), ("ojczysty", "native"), ("dwujęzyczny", "native"), ("língua materna", "native"), ("materna", "native"),
        ("full professional", "C2"), ("professional working", "C1"), ("limited working", "B1"), ("elementary", "A2"),
        ("upper intermediate", "B2"), ("upper-intermediate", "B2"), ("intermedio alto", "B2"), ("średnio zaawansowany", "B1"), ("średniozaawansowany", "B1"),
        ("intermediate", "B1"), ("conversational", "B1"), ("intermedio", "B1"), ("intermédiaire", "B1"), ("intermédio", "B1"), ("intermediário", "B1"),
        ("fluent", "C1"), ("advanced", "C1"), ("proficient", "C1"), ("fluido", "C1"), ("fluida", "C1"), ("avanzado", "C1"), ("courant", "C1"), ("avancé", "C1"),
        ("fließend", "C1"), ("verhandlungssicher", "C1"), ("płynn", "C1"), ("zaawansowany", "C1"), ("fluente", "C1"), ("avançado", "C1"),
        ("basic", "A2"), ("básico", "A2"), ("notions", "A2"), ("élémentaire", "A2"), ("grundkenntnisse", "A2"), ("podstawowy", "A2"), ("elemental", "A2"),
        ("beginner", "A1"), ("principiante", "A1"), ("débutant", "A1"), ("anfänger", "A1"), ("początkujący", "A1"), ("iniciante", "A1"),
    ];

    /// <returns>"A1".."C2", "native", or null when the wording says no level we recognise.</returns>
    public static string? FromDescription(string? description)
    {
        var text = TextNormalizer.Line(description)?.ToLowerInvariant();
        if (text is null)
        {
            return null;
        }
        if (CefrCode().Match(text) is { Success: true } code)
        {
            return code.Value.ToUpperInvariant();
        }
        foreach (var (words, level) in Phrases)
        {
            if (text.Contains(words, StringComparison.Ordinal))
            {
                return level;
            }
        }
        return null;
    }

    [GeneratedRegex(@"\b[abc][12]\b")]
    private static partial Regex CefrCode();
}
