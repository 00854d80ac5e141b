using System.Globalization;
using System.Text.RegularExpressions;
using CareerNavigator.Web.Applications.Matching.Reading;

namespace CareerNavigator.Web.Applications.Matching.Requirements.Skills;

/// <summary>
/// Skills asked for: ESCO's skills and knowledge found by the occupation matcher's skill detector, and the tools ESCO
/// lacks (<see cref="NamedTools"/>), in the clauses that ask something and not in words another requirement was read
/// from. The detector reads records as people write them, so each clause is also given to it as a short list item,
/// without the words adverts wrap skills in ("strong", "knowledge of", "skills", "you need"), and split at "and", "or"
/// and "for": "You need solid C# and ASP.NET Core" is read as "C#" and "ASP.NET Core". Skills joined by "or" or "for"
/// ("Python for data analysis"), and a kind of tool with its examples ("ticketing systems such as Zendesk", "Asite or
/// a similar document management system"), are alternatives of one requirement, named by the advert's words.
/// </summary>
internal static partial class SkillFinder
{
    private sealed record Piece(int Start, string Text);

    public static IEnumerable<SkillRequirement> Find(ReadingContext context)
    {
        var found = new List<SkillRequirement>();
        foreach (var sentence in context.Layout.AskingSentences)
        {
            foreach (var tool in NamedTools.In(sentence.Text))
            {
                Add(context, found, sentence.Start + tool.Start, sentence.Start + tool.End, new SkillAsked(tool.Names[0], null, [.. tool.Names.Skip(1)]));
            }
        }
        var pieces = Pieces(context).ToList();
        var detected = context.Index.DetectSkills(pieces.Select((p, i) => (i.ToString(CultureInfo.InvariantCulture), p.Text)));
        foreach (var skill in detected)
        {
            foreach (var evidence in skill.Evidence)
            {
                var piece = pieces[int.Parse(evidence.Source, CultureInfo.InvariantCulture)];
                if (Locate(piece.Text, evidence.Words) is { } span)
                {
                    Add(context, found, piece.Start + span.Start, piece.Start + span.End, new SkillAsked(skill.Label, skill.Uri));
                }
            }
        }
        foreach (var sentence in context.Layout.AskingSentences)
        {
            foreach (var (start, end, kind, examples) in KindsWithExamples(sentence.Text))
            {
                Group(context, found, sentence.Start + start, sentence.Start + end, kind, examples);
            }
        }
        return Merged(context.Text, found.OrderBy(f => f.Quote.Start).ThenByDescending(f => f.Quote.End));
    }

    /// <summary>Each asking clause without its wrapping words, whole and split at "and", "or" and slashes; blanked words keep every position.</summary>
    private static IEnumerable<Piece> Pieces(ReadingContext context)
    {
        foreach (var clause in context.Layout.Asking)
        {
            var text = Wrapping().Replace(context.TextOf(clause), m => new string(' ', m.Length));
            yield return new Piece(clause.Start, text);
            var at = 0;
            foreach (Match join in AndOr().Matches(text))
            {
                yield return new Piece(clause.Start + at, text[at..join.Index]);
                at = join.Index + join.Length;
            }
            if (at > 0)
            {
                yield return new Piece(clause.Start + at, text[at..]);
            }
        }
    }

    private static void Add(ReadingContext context, List<SkillRequirement> found, int start, int end, SkillAsked skill)
    {
        var quote = AdvertQuote.Of(context.Text, start, end);
        // A tool's own name is the tool, whatever ESCO label its letters resemble ("Canva" is not "Canvas").
        if (context.Layout.ImportanceAt(quote.Start) is { } importance && !context.IsClaimed(quote)
            && !found.Exists(f => f.Quote.Overlaps(quote) && f.Alternatives.Any(a => (a.EscoUri ?? a.Name) == (skill.EscoUri ?? skill.Name)))
            && !(skill.EscoUri is not null && found.Exists(f => f.Quote == quote && f.Alternatives.All(a => a.EscoUri is null))))
        {
            found.Add(new SkillRequirement(importance, quote, context.Layout.ContextAt(quote.Start), quote.Text, [skill]));
        }
    }

    /// <summary>A kind of tool and its examples become one requirement, with the skills and tools read inside it as alternatives.</summary>
    private static void Group(ReadingContext context, List<SkillRequirement> found, int start, int end, string kind, IReadOnlyList<string> examples)
    {
        var quote = AdvertQuote.Of(context.Text, start, end);
        if (context.Layout.ImportanceAt(quote.Start) is not { } importance || context.IsClaimed(quote))
        {
            return;
        }
        var inside = found.Where(f => f.Quote.Overlaps(quote)).ToList();
        found.RemoveAll(inside.Contains);
        var named = inside.SelectMany(f => f.Alternatives).ToList();
        var alternatives = new[] { new SkillAsked(kind, null) }
            .Concat(named)
            .Concat(examples.Where(e => !named.Exists(n => n.Name == e || (n.OtherNames ?? []).Contains(e))).Select(e => new SkillAsked(e, null)))
            .DistinctBy(a => a.EscoUri ?? a.Name)
            .ToList();
        var whole = AdvertQuote.Of(context.Text, Math.Min(quote.Start, inside.Select(f => f.Quote.Start).DefaultIfEmpty(quote.Start).Min()),
            Math.Max(quote.End, inside.Select(f => f.Quote.End).DefaultIfEmpty(quote.End).Max()));
        found.Add(new SkillRequirement(importance, whole, context.Layout.ContextAt(whole.Start), whole.Text, alternatives));
    }

    private static IEnumerable<(int Start, int End, string Kind, IReadOnlyList<string> Examples)> KindsWithExamples(string sentence)
    {
        foreach (Match m in KindSuchAs().Matches(sentence))
        {
            yield return (m.Index, m.Index + m.Length, m.Groups["kind"].Value, Examples(m.Groups["examples"].Value));
        }
        foreach (Match m in ExampleOrSimilarKind().Matches(sentence))
        {
            yield return (m.Index, m.Index + m.Length, m.Groups["kind"].Value, Examples(m.Groups["examples"].Value));
        }
    }

    private static List<string> Examples(string text) =>
        [.. ExampleSeparator().Split(text).Select(e => e.Trim()).Where(e => e.Length > 0)];

    /// <summary>Where the detector's words are in the text, in order: from the first to the last.</summary>
    private static (int Start, int End)? Locate(string text, IReadOnlyList<string> words)
    {
        var at = 0;
        int? start = null;
        foreach (var word in words)
        {
            var found = WholeWords.IndexOf(text, word, at);
            if (found < 0)
            {
                return null;
            }
            start ??= found;
            at = found + word.Length;
        }
        return start is { } s ? (s, at) : null;
    }

    /// <summary>Readings of the same words are alternatives of one skill; so are skills joined by "or" or given as examples.</summary>
    private static List<SkillRequirement> Merged(string text, IEnumerable<SkillRequirement> ordered)
    {
        var merged = new List<SkillRequirement>();
        foreach (var next in ordered)
        {
            if (merged.Count > 0 && merged[^1] is var last && last.Context == next.Context
                && (last.Quote == next.Quote || (next.Quote.Start >= last.Quote.End && Joins().IsMatch(text[last.Quote.End..next.Quote.Start]))))
            {
                var quote = AdvertQuote.Of(text, last.Quote.Start, Math.Max(last.Quote.End, next.Quote.End));
                merged[^1] = last with
                {
                    Quote = quote,
                    Name = quote.Text,
                    Alternatives = [.. last.Alternatives.Concat(next.Alternatives).DistinctBy(a => a.EscoUri ?? a.Name)],
                };
                continue;
            }
            if (merged.Count > 0 && merged[^1].Quote.Contains(next.Quote))
            {
                continue;
            }
            merged.Add(next);
        }
        return merged;
    }

    private const string KindNouns = @"(?:systems?|platforms?|software|tools?|packages?|applications?|apps?|languages?|frameworks?|databases?|pipelines?|suites?|CRMs?|ERPs?)";

    private const string ExampleNames = @"(?<examples>[A-Z0-9][\w.+#-]*(?:\s+[A-Z0-9][\w.+#-]*)*(?:\s*(?:,|or|and|/)\s*[A-Z0-9][\w.+#-]*(?:\s+[A-Z0-9][\w.+#-]*)*)*)";

    [GeneratedRegex(@"(?<![\p{L}-])(?<kind>(?:(?!(?:a|an|the|with|of|in|and|or|using|use|any)\b)[\p{L}-]+\s+){0,3}" + KindNouns + @")\s*,?\s+(?:such as|e\.g\.,?|for example,?|like|including)\s+" + ExampleNames)]
    private static partial Regex KindSuchAs();

    [GeneratedRegex(ExampleNames + @"\s+or\s+(?:a|an|any)?\s*(?:similar|other|equivalent|comparable)\s+(?<kind>(?:[\p{L}-]+\s+){0,3}" + KindNouns + ")")]
    private static partial Regex ExampleOrSimilarKind();

    [GeneratedRegex(@"\s*(?:,|\bor\b|\band\b|/)\s*")]
    private static partial Regex ExampleSeparator();

    [GeneratedRegex(@"^\s*(?:,\s*)?(?:or(?: an?)?|/|such as|e\.g\.,?|like|for example,?|including|in|using|with|for)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Joins();

    [GeneratedRegex(@"\s(?:and|or|and/or|&|for)\s|\s*/\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AndOr();

    /// <summary>Words adverts wrap a skill in, which say how much or how well, not which skill.</summary>
    [GeneratedRegex(@"(?<![\p{L}'’-])(?:you(?:'ll|’ll| will)?|we|need|needs|must|should|have|has|be|are|is|will|would|strong|solid|good|excellent|great|sound|proven|demonstrable|working|practical|hands-on|knowledge|understanding|familiarity|experience|experienced|skills?|ability|able|proficiency|proficient|confident|comfortable|competent|expertise|expert|essential|required|desirable|preferred|bonus|nice|ideally|preferably|also|very|highly|advantage|a|an|the|of|with|in|at|to)(?![\p{L}'’-])", RegexOptions.IgnoreCase)]
    private static partial Regex Wrapping();
}
