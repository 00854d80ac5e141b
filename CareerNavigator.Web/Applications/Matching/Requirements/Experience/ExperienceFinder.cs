using System.Text.RegularExpressions;
using CareerNavigator.Web.Applications.Matching.Reading;

namespace CareerNavigator.Web.Applications.Matching.Requirements.Experience;

/// <summary>
/// Experience the advert asks for: years with "experience" in the same clause ("2+ years of experience in a data analyst
/// role", "at least two years' experience", "1–2 years", "Minimum 5 years'"; the fewest years counts), experience in or
/// as a role or sector without years ("Experience in retail or FMCG", "Retail or customer service experience"), and a
/// clause that narrows it ("…, ideally in travel"). Experience of or with an activity ("Experience of DNA extraction")
/// is a skill, left to the skill finder.
/// </summary>
internal static partial class ExperienceFinder
{
    private const int MaxWordsBetweenYearsAndExperience = 6;
    private const int MaxWordsBeforeExperience = 6;

    private static readonly Dictionary<string, int> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20,
    };

    public static IEnumerable<ExperienceRequirement> Find(ReadingContext context)
    {
        var sentencesWithExperience = new HashSet<int>();
        foreach (var clause in context.Layout.Asking)
        {
            var text = context.TextOf(clause);
            var found = WithYears(context, clause, text) ?? WithoutYears(context, clause, text) ?? Narrowing(context, clause, text, sentencesWithExperience);
            if (found is not null)
            {
                sentencesWithExperience.Add(clause.Sentence);
                context.Claim(found.Quote);
                yield return found;
            }
        }
    }

    private static ExperienceRequirement? WithYears(ReadingContext context, AdvertLayout.Clause clause, string text)
    {
        foreach (Match years in YearsPhrase().Matches(text))
        {
            var after = text[(years.Index + years.Length)..];
            var experience = ExperienceWord().Match(after);
            if (!experience.Success || Words(after[..experience.Index]) > MaxWordsBetweenYearsAndExperience)
            {
                continue;
            }
            var subjectStart = years.Index + years.Length + experience.Index + experience.Length;
            var (subjects, subjectEnd) = SubjectAfter(context, text, subjectStart);
            if (subjects.Count == 0 && Between(after[..experience.Index]) is { Length: > 0 } between)
            {
                subjects = ExperienceSubjects.Of(context.Index, context.Role, between);
            }
            var quote = AdvertQuote.Of(context.Text, clause.Start + years.Index, clause.Start + Math.Max(subjectEnd, subjectStart));
            return new ExperienceRequirement(clause.Importance!.Value, quote, context.Layout.ContextAt(quote.Start), Number(years.Groups["n"].Value), subjects);
        }
        return null;
    }

    private static ExperienceRequirement? WithoutYears(ReadingContext context, AdvertLayout.Clause clause, string text)
    {
        var inOrAs = ExperienceInOrAs().Match(text);
        if (inOrAs.Success)
        {
            var (subjects, end) = SubjectAfter(context, text, inOrAs.Index + inOrAs.Length - inOrAs.Groups["prep"].Length - 1);
            if (subjects.Count > 0)
            {
                var quote = AdvertQuote.Of(context.Text, clause.Start + inOrAs.Index, clause.Start + end);
                return new ExperienceRequirement(clause.Importance!.Value, quote, context.Layout.ContextAt(quote.Start), null, subjects);
            }
        }
        var before = SubjectBeforeExperience().Match(text);
        if (before.Success && Words(before.Groups["s"].Value) <= MaxWordsBeforeExperience)
        {
            var subjects = ExperienceSubjects.Of(context.Index, context.Role, before.Groups["s"].Value);
            if (subjects.Count > 0)
            {
                var quote = AdvertQuote.Of(context.Text, clause.Start + before.Index, clause.Start + before.Index + before.Length);
                return new ExperienceRequirement(clause.Importance!.Value, quote, context.Layout.ContextAt(quote.Start), null, subjects);
            }
        }
        return null;
    }

    /// <summary>"ideally in e-commerce" after a clause of the same sentence that asked for experience.</summary>
    private static ExperienceRequirement? Narrowing(ReadingContext context, AdvertLayout.Clause clause, string text, HashSet<int> sentencesWithExperience)
    {
        var narrowing = NarrowingPhrase().Match(text);
        if (!narrowing.Success || !sentencesWithExperience.Contains(clause.Sentence))
        {
            return null;
        }
        var (subjects, end) = SubjectAfter(context, text, narrowing.Groups["prep"].Index);
        if (subjects.Count == 0)
        {
            return null;
        }
        var quote = AdvertQuote.Of(context.Text, clause.Start + narrowing.Index, clause.Start + end);
        return new ExperienceRequirement(clause.Importance!.Value, quote, context.Layout.ContextAt(quote.Start), null, subjects);
    }

    /// <summary>The subject after "experience": "in a data analyst role", "as a site manager on residential developments".</summary>
    private static (List<ExperienceSubject> Subjects, int End) SubjectAfter(ReadingContext context, string text, int start)
    {
        var rest = text[start..];
        var lead = SubjectLead().Match(rest);
        if (!lead.Success)
        {
            return ([], start);
        }
        var subject = rest[lead.Length..];
        var cut = SubjectEnd().Match(subject);
        var words = cut.Success ? subject[..cut.Index] : subject;
        words = words.TrimEnd(' ', '.', ',', ';', ':', ')');
        return (ExperienceSubjects.Of(context.Index, context.Role, words), start + lead.Length + words.Length);
    }

    private static string Between(string text) => BetweenNoise().Replace(text, " ").Trim();

    private static int Number(string text) => int.TryParse(text, out var n) ? n : Numbers[text];

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"(?<![\w-])(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)(?:\s*(?:-|–|—|to)\s*(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten))?\s*\+?\s*(?:years?|yrs?)['’]?(?![\w-])", RegexOptions.IgnoreCase)]
    private static partial Regex YearsPhrase();

    [GeneratedRegex(@"\bexperience\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExperienceWord();

    [GeneratedRegex(@"\bexperience[d]?\s+(?:working\s+)?(?<prep>in|as|within)\s", RegexOptions.IgnoreCase)]
    private static partial Regex ExperienceInOrAs();

    [GeneratedRegex(@"^\s*(?:and\s+|any\s+)?(?<s>[\p{L}][\p{L}\p{N}\s/&-]*?)\s+experience\b(?!\s+(?:of|with|in|as|within|working|using|\p{L}+ing)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectBeforeExperience();

    [GeneratedRegex(@"^\s*(?:ideally|preferably|especially|particularly)\s+(?<prep>in|within|from)\s+(?<s>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NarrowingPhrase();

    [GeneratedRegex(@"^\s*(?:working\s+|gained\s+)?(?:in|as|within|at|from)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectLead();

    [GeneratedRegex(@"\s(?:on|for|including|such as|e\.g\.|preferably|ideally|especially|with|where|who|that|to|from|and\s+(?:a|an|the)\b)\s|\s\(|[.;:,]\s|[.;:]$", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectEnd();





    [GeneratedRegex(@"^\s*of\b|['’]|\b(?:of|professional|relevant|proven|previous|prior|post-registration|practical|hands-on|working|paid)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BetweenNoise();
}
