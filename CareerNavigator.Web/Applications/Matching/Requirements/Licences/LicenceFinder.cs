using System.Text.RegularExpressions;
using CareerNavigator.Web.Applications.Matching.Reading;

namespace CareerNavigator.Web.Applications.Matching.Requirements.Licences;

/// <summary>
/// Licences, registrations, cards and certificates asked for: a noun that names one ("licence", "certificate", "card",
/// "registration", "qualification", "ticket", "DBS check") with the words before it that say which ("SMSTS certificate",
/// "digital tachograph card", "Mentorship or preceptorship qualification"), and the short names of well-known
/// registrations and professional bodies on their own ("studying towards ACCA or AAT"). A licence with driving words
/// around it is a driving licence of the category they state (<see cref="DrivingLicences"/>).
/// </summary>
internal static partial class LicenceFinder
{
    private const int MaxNameWords = 5;
    private const int DrivingWindowWords = 4;

    public static IEnumerable<LicenceRequirement> Find(ReadingContext context)
    {
        foreach (var clause in context.Layout.Asking)
        {
            var text = context.TextOf(clause);
            var found = new List<(int Start, int End, string Name, string? Category)>();
            foreach (Match noun in LicenceNoun().Matches(text))
            {
                var nameStart = NameStart(text, noun.Index);
                var end = noun.Index + noun.Length;
                var bracket = Bracketed().Match(text, end);
                end = bracket.Success ? end + bracket.Length : end;
                var window = text[WindowStart(text, noun.Index)..end];
                if (noun.Groups["licence"].Success && DrivingLicences.IsDriving(window))
                {
                    found.Add((nameStart, end, "", DrivingLicences.CategoriesIn(window)[0]));
                    continue;
                }
                if (nameStart == noun.Index && !noun.Groups["named"].Success)
                {
                    continue;
                }
                found.Add((nameStart, end, text[nameStart..end].Trim(), null));
            }
            foreach (Match acronym in KnownBody().Matches(text))
            {
                if (found.Exists(f => f.Start <= acronym.Index && acronym.Index < f.End))
                {
                    continue;
                }
                var alternatives = AcronymAlternatives().Match(text, acronym.Index);
                var end = alternatives.Success ? acronym.Index + alternatives.Length : acronym.Index + acronym.Length;
                found.Add((acronym.Index, end, text[acronym.Index..end], null));
            }

            foreach (var (start, end, name, category) in found.OrderBy(f => f.Start))
            {
                var quote = AdvertQuote.Of(context.Text, clause.Start + start, clause.Start + end);
                if (context.IsClaimed(quote))
                {
                    continue;
                }
                context.Claim(quote);
                var names = category is null ? Or().Split(name).Select(n => n.Trim()).Where(n => n.Length > 0).ToList() : [];
                yield return new LicenceRequirement(clause.Importance!.Value, quote, context.Layout.ContextAt(quote.Start),
                    category is null ? name : quote.Text, names, category);
            }
        }
    }

    /// <summary>Back from the noun over the words that name the licence, stopping at a determiner, a verb or a conjunction other than "or".</summary>
    private static int NameStart(string text, int nounStart)
    {
        var start = nounStart;
        var words = 0;
        foreach (Match word in NameWord().Matches(text[..nounStart]))
        {
            if (words == MaxNameWords || StopWord().IsMatch(word.Value) || !string.IsNullOrWhiteSpace(text[(word.Index + word.Length)..start].Replace("(", "").Replace(")", "")))
            {
                break;
            }
            start = word.Index;
            words++;
        }
        return start;
    }

    /// <summary>Where the few words before a licence noun start: "Category C+E driving licence", "HGV Class 1 licence".</summary>
    private static int WindowStart(string text, int nounStart) =>
        NonSpace().Matches(text[..nounStart]).TakeLast(DrivingWindowWords).FirstOrDefault()?.Index ?? nounStart;

    [GeneratedRegex(@"(?<!-)\b(?:(?<licence>licen[cs]es?)|certificates?|certification|cards?|registration|qualifications?(?!\s+in\b)|tickets?|(?<named>(?:DBS|PVG|background|criminal record) checks?|Qualified Teacher Status))\b", RegexOptions.IgnoreCase)]
    private static partial Regex LicenceNoun();

    [GeneratedRegex(@"\G\s*\([A-Z][\w+ ]{0,20}\)")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^(?:a|an|the|and|with|have|has|hold|holds|holding|valid|current|full|clean|be|must|to|your|our|you|we|will|should|need|needs|require|required|possess|obtain|also|is|are|as|for|in|on|of|plus|including|get|gain|this|that|any|no|more|than|points|desirable|essential|preferred|ideally)$", RegexOptions.IgnoreCase)]
    private static partial Regex StopWord();

    // Registrations and bodies adverts name alone: nursing, health and medical registers, teaching, construction site
    // cards, driver and security licences, accountancy, HR and procurement bodies, health and safety certificates.
    [GeneratedRegex(@"(?<![\p{L}])(?:NMC|HCPC|GMC|GDC|GPhC|QTS|QTLS|CSCS|SMSTS|SSSTS|CPCS|NPORS|IPAF|PASMA|ECS|CPC|SIA|DBS|PVG|ACCA|AAT|CIMA|ACA|ICAEW|CIPD|CIPS|CFA|IOSH|NEBOSH|PRINCE2|ITIL|HACCP|ADR)(?![\p{L}])")]
    private static partial Regex KnownBody();

    [GeneratedRegex(@"\G[A-Z0-9]+(?:(?:\s+or\s+|\s*/\s*|,\s*)[A-Z][A-Z0-9]+)*")]
    private static partial Regex AcronymAlternatives();

    [GeneratedRegex(@"\s+or\s+|\s*/\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Or();

    [GeneratedRegex(@"[\p{L}\p{N}+&'’-]+", RegexOptions.RightToLeft)]
    private static partial Regex NameWord();

    [GeneratedRegex(@"\S+")]
    private static partial Regex NonSpace();
}
