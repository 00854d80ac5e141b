using System.Text.RegularExpressions;

namespace CareerNavigator.Web.Import;

/// <summary>
/// Turns proficiency wording into the levels <c>user_profiles.languages</c> stores (CEFR "A1".."C2" or "native").
/// LinkedIn's five levels map as: "Native or bilingual proficiency" → native, "Full professional proficiency"
/// → C2, "Professional working proficiency" → C1, "Limited working proficiency" → B1, "Elementary
/// proficiency" → A2. Free wording (JSON Resume's fluency) maps as: a CEFR code anywhere in it → that code;
/// native / bilingual / mother tongue → native; fluent, advanced, proficient → C1; upper intermediate → B2;
/// intermediate, conversational → B1; elementary, basic → A2; beginner → A1. Anything else is unknown (null).
/// </summary>
public static partial class LanguageLevels
{
    private static readonly (string Words, string Level)[] Phrases =
    [
        ("native", "native"), ("bilingual", "native"), ("mother tongue", "native"), ("first language", "native"),
        ("full professional", "C2"), ("professional working", "C1"), ("limited working", "B1"), ("elementary", "A2"),
        ("upper intermediate", "B2"), ("upper-intermediate", "B2"), ("intermediate", "B1"), ("conversational", "B1"),
        ("fluent", "C1"), ("advanced", "C1"), ("proficient", "C1"), ("basic", "A2"), ("beginner", "A1"),
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
