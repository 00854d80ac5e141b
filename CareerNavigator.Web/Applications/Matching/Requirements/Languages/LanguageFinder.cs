using System.Text.RegularExpressions;
using CareerNavigator.Web.Applications.Matching.Reading;
using CareerNavigator.Web.Import;

namespace CareerNavigator.Web.Applications.Matching.Requirements.Languages;

/// <summary>
/// Languages asked for, with the level the advert states near each (a CEFR code, or words such as "fluent" and
/// "native", read as <see cref="LanguageLevels"/> reads them). Names joined by "or" are alternatives; a name without a
/// level of its own, joined by "and" to one with a level, shares it ("English and Spanish at C1").
/// </summary>
internal static partial class LanguageFinder
{
    private sealed record Mention(int Start, int End, string Language);

    private static readonly Regex AnyLanguage = new(
        $@"(?<![\p{{L}}-])(?:{WholeWords.Alternation(LanguageNames.All)})(?![\p{{L}}])", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private sealed record Group(List<Mention> Mentions)
    {
        public int Start => Mentions[0].Start;
        public int End => Mentions[^1].End;
    }

    public static IEnumerable<LanguageRequirement> Find(ReadingContext context)
    {
        foreach (var clause in context.Layout.Asking)
        {
            var groups = Groups(context.Text, clause.Start, clause.End);
            // The words between two languages belong to the first up to the last "and" or comma, to the second after it.
            var bounds = groups.Skip(1).Select((next, i) => Boundary(context.Text, groups[i].End, next.Start)).ToList();
            var levels = groups.Select((group, i) => LevelIn(context.Text,
                i == 0 ? clause.Start : bounds[i - 1], i == groups.Count - 1 ? clause.End : bounds[i])).ToList();
            for (var i = 0; i < groups.Count; i++)
            {
                var level = levels[i];
                if (level is null && i + 1 < groups.Count && IsAnd(context.Text[groups[i].End..groups[i + 1].Start]))
                {
                    level = levels[i + 1];
                }
                var start = Math.Min(groups[i].Start, level?.Start ?? int.MaxValue);
                var end = Math.Max(groups[i].End, level?.End ?? 0);
                end = end < context.Text.Length && context.Text[end] == ')' && context.Text[start..end].Contains('(') ? end + 1 : end;
                var quote = AdvertQuote.Of(context.Text, start, end);
                context.Claim(quote);
                yield return new LanguageRequirement(clause.Importance!.Value, quote, context.Layout.ContextAt(start),
                    [.. groups[i].Mentions.Select(m => m.Language).Distinct().Select(language => new LanguageAsked(language, level?.Level))]);
            }
        }
    }

    private static List<Group> Groups(string text, int start, int end)
    {
        var mentions = new List<Mention>();
        foreach (Match m in AnyLanguage.Matches(text[start..end]))
        {
            var at = start + m.Index;
            if (!NotALanguage().IsMatch(text[(at + m.Length)..end]))
            {
                mentions.Add(new Mention(at, at + m.Length, LanguageNames.Canonical(m.Value)));
            }
        }
        var groups = new List<Group>();
        foreach (var mention in mentions)
        {
            if (groups.Count > 0 && IsOr(text[groups[^1].End..mention.Start]))
            {
                groups[^1].Mentions.Add(mention);
            }
            else
            {
                groups.Add(new Group([mention]));
            }
        }
        return groups;
    }

    private static (int Start, int End, string Level)? LevelIn(string text, int start, int end)
    {
        var found = LevelWords().Matches(text[start..end]).Select(m => (Start: start + m.Index, End: start + m.Index + m.Length, Level: LanguageLevels.FromDescription(m.Value)))
            .Where(m => m.Level is not null).ToList();
        if (found.Count == 0)
        {
            return null;
        }
        // Of "native or C2", the CEFR code: the lower of the two, as LanguageLevels reads a description.
        var chosen = found.FirstOrDefault(f => f.Level is not "native" && char.IsDigit(f.Level![^1]) && CefrCode().IsMatch(text[f.Start..f.End]));
        chosen = chosen.Level is null ? found[0] : chosen;
        return (found.Min(f => f.Start), found.Max(f => f.End), chosen.Level!);
    }

    private static int Boundary(string text, int end, int nextStart)
    {
        var joins = AndOrComma().Matches(text[end..nextStart]);
        return joins.Count == 0 ? end : end + joins[^1].Index;
    }

    private static bool IsOr(string between) => OrJoin().IsMatch(between);

    private static bool IsAnd(string between) => AndJoin().IsMatch(between);

    [GeneratedRegex(@"^\s*(?:,\s*)?(?:or|and/or|/)\s*$|^\s*,\s*$")]
    private static partial Regex OrJoin();

    [GeneratedRegex(@"\band\b|,|&")]
    private static partial Regex AndOrComma();

    [GeneratedRegex(@"^\s*(?:,\s*)?(?:and|&)\s*$")]
    private static partial Regex AndJoin();

    [GeneratedRegex(@"^[\s-]*(?:law|cuisine|food|literature|history|citizens?|citizenship|nationals?|nationality|passport|market|markets|company|companies|office|headquarters)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotALanguage();

    [GeneratedRegex(@"\b(?:[ABC][12]|native|bilingual|mother tongue|first language|fluent|fluency|full professional|professional working|limited working|upper[- ]intermediate|intermediate|conversational|advanced|proficient|elementary|basic|beginner)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LevelWords();

    [GeneratedRegex(@"^[ABC][12]$", RegexOptions.IgnoreCase)]
    private static partial Regex CefrCode();
}
