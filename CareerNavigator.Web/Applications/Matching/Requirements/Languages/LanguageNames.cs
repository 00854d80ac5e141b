using CareerNavigator.Web.Applications.Matching.Reading;

namespace CareerNavigator.Web.Applications.Matching.Requirements.Languages;

/// <summary>
/// Languages by their English names as adverts and profiles write them, each with the other names it goes by; the first
/// name of an entry is the one shown. "Chinese" is met by Mandarin or Cantonese, not the other way round.
/// </summary>
internal static class LanguageNames
{
    private static readonly string[][] Entries =
    [
        ["English"], ["Spanish", "Castilian"], ["French"], ["German"], ["Italian"], ["Portuguese"], ["Dutch", "Flemish"],
        ["Polish"], ["Russian"], ["Ukrainian"], ["Romanian"], ["Hungarian"], ["Czech"], ["Slovak"], ["Slovenian"],
        ["Croatian"], ["Serbian"], ["Bosnian"], ["Bulgarian"], ["Greek"], ["Turkish"], ["Arabic"], ["Hebrew"],
        ["Persian", "Farsi"], ["Dari"], ["Pashto"], ["Kurdish"], ["Urdu"], ["Hindi"], ["Punjabi"], ["Bengali", "Bangla"],
        ["Gujarati"], ["Tamil"], ["Telugu"], ["Marathi"], ["Nepali"], ["Sinhala"], ["Mandarin"], ["Cantonese"],
        ["Chinese", "Mandarin", "Cantonese"], ["Japanese"], ["Korean"], ["Vietnamese"], ["Thai"], ["Indonesian"], ["Malay"],
        ["Tagalog", "Filipino"], ["Swahili"], ["Amharic"], ["Tigrinya"], ["Somali"], ["Yoruba"], ["Igbo"], ["Hausa"],
        ["Swedish"], ["Norwegian"], ["Danish"], ["Finnish"], ["Icelandic"], ["Estonian"], ["Latvian"], ["Lithuanian"],
        ["Irish"], ["Welsh"], ["Gaelic"], ["Catalan"], ["Basque"], ["Galician"], ["Albanian"], ["Macedonian"],
        ["Maltese"], ["Luxembourgish"], ["Armenian"], ["Georgian"], ["Azerbaijani"], ["Kazakh"], ["Uzbek"],
        ["British Sign Language", "BSL"],
    ];

    /// <summary>Every name, longest first (so "British Sign Language" is found before a shorter name inside it).</summary>
    public static IReadOnlyList<string> All { get; } = [.. Entries.SelectMany(e => e).Distinct().OrderByDescending(n => n.Length)];

    /// <summary>The name shown for a name found in an advert ("Farsi" is shown as "Persian").</summary>
    public static string Canonical(string name) =>
        Entries.FirstOrDefault(e => e.Contains(name, StringComparer.OrdinalIgnoreCase))?[0] ?? name;

    /// <summary>Whether a language as the profile names it ("spanish", "Spanish (Castilian)") is the one asked for.</summary>
    public static bool Names(string profileLanguage, string asked)
    {
        var names = Entries.FirstOrDefault(e => e[0] == asked) ?? [asked];
        return names.Any(name => WholeWords.Contains(profileLanguage, name, StringComparison.OrdinalIgnoreCase));
    }
}
