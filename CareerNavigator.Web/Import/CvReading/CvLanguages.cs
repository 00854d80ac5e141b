using System.Text.RegularExpressions;
using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Import.CvReading;

/// <summary>
/// Reads a languages section whatever its layout ("English — native · French — B2", a table, one a line,
/// "Français (langue maternelle), Anglais (intermédiaire)"): each language name, in any of the six languages, is found
/// in order, and the words up to the next name are its level (<see cref="LanguageLevels"/>). Names are kept in English.
/// </summary>
internal static class CvLanguages
{
    private static readonly (string English, string Names)[] Known =
    [
        ("English", "english inglés ingles anglais englisch angielski inglês"),
        ("Spanish", "spanish español espanol castellano espagnol spanisch hiszpański espanhol castelhano"),
        ("French", "french francés frances français francais französisch francuski francês"),
        ("German", "german alemán aleman allemand deutsch niemiecki alemão"),
        ("Polish", "polish polaco polonais polnisch polski polonês polaco"),
        ("Portuguese", "portuguese portugués portugais portugiesisch portugalski português"),
        ("Italian", "italian italiano italien italienisch włoski"),
        ("Dutch", "dutch neerlandés néerlandais niederländisch holländisch niderlandzki holenderski holandês neerlandês"),
        ("Catalan", "catalan catalán català catalão katalanisch kataloński"),
        ("Valencian", "valencian valenciano valencià"),
        ("Basque", "basque vasco euskera baskisch baskijski"),
        ("Galician", "galician gallego galego galicien galicisch"),
        ("Irish", "irish irlandés irlandais irisch irlandzki irlandês gaeilge"),
        ("Russian", "russian ruso russe russisch rosyjski russo"),
        ("Ukrainian", "ukrainian ucraniano ukrainien ukrainisch ukraiński"),
        ("Czech", "czech checo tchèque tschechisch czeski tcheco checo"),
        ("Turkish", "turkish turco turc türkisch turecki"),
        ("Arabic", "arabic árabe arabe arabisch arabski"),
        ("Chinese", "chinese mandarin chino chinois chinesisch chiński chinês mandarín"),
        ("Japanese", "japanese japonés japonais japanisch japoński japonês"),
        ("Korean", "korean coreano coréen koreanisch koreański"),
        ("Swedish", "swedish sueco suédois schwedisch szwedzki"),
        ("Norwegian", "norwegian noruego norvégien norwegisch norweski norueguês"),
        ("Danish", "danish danés danois dänisch duński dinamarquês"),
        ("Finnish", "finnish finés finlandés finnois finnisch fiński finlandês"),
        ("Greek", "greek griego grec griechisch grecki grego"),
        ("Romanian", "romanian rumano roumain rumänisch rumuński romeno"),
        ("Hungarian", "hungarian húngaro hongrois ungarisch węgierski"),
        ("Hindi", "hindi"),
        ("Bengali", "bengali bengalí bengalisch"),
        ("Urdu", "urdu"),
        ("Punjabi", "punjabi panyabí pendjabi"),
        ("Tamil", "tamil tamoul"),
        ("Vietnamese", "vietnamese vietnamita vietnamien vietnamesisch wietnamski"),
        ("Thai", "thai tailandés thaï thailändisch tajski"),
        ("Hebrew", "hebrew hebreo hébreu hebräisch hebrajski hebraico"),
        ("Persian", "persian farsi persa persan persisch perski"),
        ("Indonesian", "indonesian indonesio indonésien indonesisch indonezyjski"),
        ("Tagalog", "tagalog filipino"),
        ("Croatian", "croatian croata croate kroatisch chorwacki"),
        ("Serbian", "serbian serbio serbe serbisch serbski sérvio"),
        ("Slovak", "slovak eslovaco slovaque slowakisch słowacki"),
        ("Slovenian", "slovenian esloveno slovène slowenisch słoweński"),
        ("Bulgarian", "bulgarian búlgaro bulgare bulgarisch bułgarski"),
        ("Lithuanian", "lithuanian lituano lituanien litauisch litewski"),
        ("Latvian", "latvian letón letton lettisch łotewski"),
        ("Estonian", "estonian estonio estonien estnisch estoński"),
        ("Albanian", "albanian albanés albanais albanisch albański"),
        ("Belarusian", "belarusian bielorruso biélorusse belarussisch białoruski"),
        ("Swahili", "swahili suajili"),
    ];

    private static readonly Dictionary<string, string> EnglishName = Known
        .SelectMany(k => k.Names.Split(' ').Select(n => (Name: n, k.English)))
        .DistinctBy(n => n.Name)
        .ToDictionary(n => n.Name, n => n.English);

    private static readonly Regex Name = new(
        @"(?<![\p{L}])(?:" + string.Join('|', EnglishName.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")(?![\p{L}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <param name="unknownLevel">Called with a language whose level the text does not say in words we know.</param>
    public static List<LanguageSkill> Read(string sectionText, Action<string> unknownLevel)
    {
        var matches = Name.Matches(sectionText).ToList();
        var languages = new List<LanguageSkill>();
        for (var i = 0; i < matches.Count; i++)
        {
            var end = i + 1 < matches.Count ? matches[i + 1].Index : sectionText.Length;
            var start = matches[i].Index + matches[i].Length;
            var english = EnglishName[matches[i].Value.ToLowerInvariant()];
            if (languages.Any(l => l.Language == english))
            {
                continue;
            }
            if (LanguageLevels.FromDescription(sectionText[start..end]) is { } level)
            {
                languages.Add(new LanguageSkill(english, level));
            }
            else
            {
                unknownLevel(english);
            }
        }
        return languages;
    }
}
