using System.Text.RegularExpressions;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Profiles;

namespace CareerNavigator.Web.Import.CvReading;

/// <summary>A date or a period found in a line of a CV, and where in the line it stands.</summary>
internal sealed record CvPeriod(PartialDate Start, PartialDate? End, bool IsCurrent, int Index, int Length);

/// <summary>
/// Dates as CVs write them in English, Spanish, French, German, Polish and Portuguese, each kept at the precision the
/// text gives: "2019" a year; "03/2019", "03.2019", "2019-03", "Mar 2019", "janv. 2018", "mar/2019", "lipiec 2016" a
/// month; "14.03.2019", "2019-03-14" a day. Periods: "A – B", "A to B", "A bis B", "A – present" (and its words in the
/// six languages), "since A", "seit A", "desde A", "depuis A", "od A".
/// </summary>
internal static class CvDateText
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    private static readonly string MonthName = string.Join('|', Months.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));

    private const string Year = @"(?:19|20)\d{2}";

    private static readonly string Single =
        $@"(?:\d{{1,2}}[./]\d{{1,2}}[./]{Year}|{Year}-\d{{2}}-\d{{2}}" +
        $@"|(?:0?[1-9]|1[0-2])[./]{Year}|{Year}[-/.](?:0[1-9]|1[0-2])(?![\d])" +
        $@"|(?:\d{{1,2}}\.?\s+)?(?:{MonthName})\.?(?:\s*[/ ]\s*|\s+de\s+|\s*'\s*)?{Year}" +
        $@"|{Year})";

    private const string Present =
        @"present|presente|current|currently|now|today|ongoing|to date|date|heute|jetzt|aktuell|dato|laufend|actualidad|actual|actualmente|hoy|la actualidad|" +
        @"aujourd['’]hui|présent|ce jour|maintenant|en cours|obecnie|teraz|nadal|dziś|atual|atualmente|o momento|hoje|momento";

    private static readonly Regex Range = new(
        $@"(?<!\w)(?<start>{Single})\s*(?:–|—|-|‒|―|\bto\b|\btill\b|\buntil\b|\bbis\b|\bhasta\b|\bà\b|\bau\b|\baté\b|\bdo\b|\ba\b)\s*(?:(?<end>{Single})|(?<present>{Present}))(?!\w)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex Since = new(
        $@"(?<!\w)(?:since|seit|desde|depuis|od|from|ab|dal)\s+(?<start>{Single})(?!\w)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex Alone = new($@"(?<![\w./-])(?<start>{Single})(?![\w/-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex Parts = new(
        $@"^(?:(?<d>\d{{1,2}})[./](?<m>\d{{1,2}})[./](?<y>\d{{4}})|(?<y>\d{{4}})-(?<m>\d{{2}})-(?<d>\d{{2}})|(?<m>\d{{1,2}})[./](?<y>\d{{4}})|(?<y>\d{{4}})[-/.](?<m>\d{{2}})" +
        $@"|(?:(?<d>\d{{1,2}})\.?\s+)?(?<name>{MonthName})\.?(?:\s*[/ ]\s*|\s+de\s+|\s*'\s*)?(?<y>\d{{4}})|(?<y>\d{{4}}))$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The first period in the text ("Mar 2019 – Present", "seit 2020"), or null.</summary>
    public static CvPeriod? FindPeriod(string text)
    {
        if (!HasYear(text))
        {
            return null;
        }
        foreach (var regex in new[] { Range, Since })
        {
            foreach (Match match in regex.Matches(text))
            {
                if (Parse(match.Groups["start"].Value) is not { } start)
                {
                    continue;
                }
                var end = match.Groups["end"].Success ? Parse(match.Groups["end"].Value) : null;
                if (match.Groups["end"].Success && (end is null || end.Value.Date < start.Date))
                {
                    continue;
                }
                var current = match.Groups["present"].Success || regex == Since;
                return new CvPeriod(start, end, current, match.Index, match.Length);
            }
        }
        return null;
    }

    /// <summary>A period, else a single date standing alone ("2021", "Jun 2018", "06.2021"), or null.</summary>
    public static CvPeriod? FindDate(string text)
    {
        if (!HasYear(text))
        {
            return null;
        }
        if (FindPeriod(text) is { } period)
        {
            return period;
        }
        foreach (Match match in Alone.Matches(text))
        {
            if (Parse(match.Groups["start"].Value) is { } date)
            {
                return new CvPeriod(date, null, false, match.Index, match.Length);
            }
        }
        return null;
    }

    /// <summary>Every spelling above has a year of four digits: text without one is not searched.</summary>
    private static bool HasYear(string text)
    {
        for (var i = 0; i + 3 < text.Length; i++)
        {
            if (((text[i] == '1' && text[i + 1] == '9') || (text[i] == '2' && text[i + 1] == '0')) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>One date in any of the spellings above, at the precision it states; null otherwise.</summary>
    public static PartialDate? Parse(string text)
    {
        var match = Parts.Match(text.Trim());
        if (!match.Success || !int.TryParse(match.Groups["y"].Value, out var year) || year is < 1900 or > 2100)
        {
            return null;
        }
        int month;
        if (match.Groups["name"].Success)
        {
            month = Months[match.Groups["name"].Value.ToLowerInvariant()];
        }
        else if (!match.Groups["m"].Success)
        {
            return new PartialDate(new DateOnly(year, 1, 1), DatePrecision.Year);
        }
        else if (!int.TryParse(match.Groups["m"].Value, out month) || month is < 1 or > 12)
        {
            return null;
        }
        if (!match.Groups["d"].Success)
        {
            return new PartialDate(new DateOnly(year, month, 1), DatePrecision.Month);
        }
        var day = int.Parse(match.Groups["d"].Value);
        return day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new PartialDate(new DateOnly(year, month, day), DatePrecision.Day) : null;
    }

    private static Dictionary<string, int> BuildMonths()
    {
        string[][] names =
        [
            ["jan", "january", "ene", "enero", "janv", "janvier", "januar", "jänner", "jän", "styczeń", "stycznia", "sty", "janeiro"],
            ["feb", "february", "febrero", "févr", "fév", "fevr", "février", "februar", "luty", "lutego", "lut", "fev", "fevereiro"],
            ["mar", "march", "marzo", "mars", "märz", "mär", "marzec", "marca", "março"],
            ["apr", "april", "abr", "abril", "avr", "avril", "kwiecień", "kwietnia", "kwi"],
            ["may", "mayo", "mai", "maj", "maja", "maio"],
            ["jun", "june", "junio", "juin", "juni", "czerwiec", "czerwca", "cze", "junho"],
            ["jul", "july", "julio", "juil", "juillet", "juli", "lipiec", "lipca", "lip", "julho"],
            ["aug", "august", "ago", "agosto", "août", "aout", "sierpień", "sierpnia", "sie"],
            ["sep", "sept", "september", "septiembre", "setiembre", "set", "septembre", "wrzesień", "września", "wrz", "setembro"],
            ["oct", "october", "octubre", "octobre", "okt", "oktober", "październik", "października", "paź", "out", "outubro"],
            ["nov", "november", "noviembre", "novembre", "listopad", "listopada", "lis", "novembro"],
            ["dec", "december", "dic", "diciembre", "déc", "décembre", "dez", "dezember", "grudzień", "grudnia", "gru", "dezembro"],
        ];
        var months = new Dictionary<string, int>();
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var name in names[i])
            {
                months[name] = i + 1;
            }
        }
        return months;
    }
}
