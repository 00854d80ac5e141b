using System.Text.RegularExpressions;
using CareerNavigator.Web.Applications.Matching.Reading;

namespace CareerNavigator.Web.Applications.Matching.Requirements.Education;

/// <summary>
/// Education asked for: level words (<see cref="EducationLevels"/>) joined by "or" are one requirement at the lowest of
/// them, with the fields named after "in" ("PhD in microbiology, soil science, ecology or a closely related field") or
/// before the level ("A computer science degree"); "a qualification in tourism" names fields and no level.
/// </summary>
internal static partial class EducationFinder
{
    private sealed record Group(int Start, int End, EducationLevel? Level);

    public static IEnumerable<EducationRequirement> Find(ReadingContext context)
    {
        foreach (var span in context.Layout.AskingSentences)
        {
            foreach (var group in Groups(span.Text))
            {
                var start = span.Start + group.Start;
                if (context.Layout.ImportanceAt(start) is not { } importance)
                {
                    continue;
                }
                var (fields, fieldsStart, fieldsEnd) = FieldsOf(span.Text, group);
                var quote = AdvertQuote.Of(context.Text, span.Start + Math.Min(group.Start, fieldsStart), span.Start + Math.Max(group.End, fieldsEnd));
                context.Claim(quote);
                yield return new EducationRequirement(importance, quote, span, group.Level, fields);
            }
        }
    }

    private static IEnumerable<Group> Groups(string text)
    {
        var mentions = EducationLevels.In(text).Select(m => new Group(m.Start, m.End, m.Level))
            .Concat(QualificationIn().Matches(text).Select(m => new Group(m.Index, m.Groups["in"].Index - 1, null)))
            .OrderBy(m => m.Start).ToList();
        Group? current = null;
        foreach (var mention in mentions)
        {
            if (current is not null && OrJoin().IsMatch(text[current.End..mention.Start]))
            {
                current = new Group(current.Start, mention.End, Lowest(current.Level, mention.Level));
                continue;
            }
            if (current is not null)
            {
                yield return current;
            }
            current = mention;
        }
        if (current is not null)
        {
            yield return current;
        }
    }

    private static EducationLevel? Lowest(EducationLevel? a, EducationLevel? b) => a is null ? b : b is null ? a : (EducationLevel)Math.Min((int)a, (int)b);

    private static (List<string> Fields, int Start, int End) FieldsOf(string text, Group group)
    {
        var after = FieldAfter().Match(text, group.End);
        if (after.Success && after.Index == group.End)
        {
            var field = after.Groups["f"];
            var cut = FieldEnd().Match(field.Value);
            var words = (cut.Success ? field.Value[..cut.Index] : field.Value).TrimEnd(' ', '.', ',', ';', ':');
            return (Split(words), field.Index, field.Index + words.Length);
        }
        var before = FieldBefore().Match(text[..group.Start]);
        if (before.Success && Split(before.Groups["f"].Value) is { Count: > 0 } named)
        {
            return (named, before.Groups["f"].Index, group.Start);
        }
        return ([], group.Start, group.End);
    }

    private static List<string> Split(string fields) =>
        [.. FieldSeparator().Split(fields)
            .Select(f => Determiner().Replace(f.Trim(), "").Trim())
            .Where(f => f.Length > 0 && !NotAField().IsMatch(f))];

    [GeneratedRegex(@"\bqualification (?<in>in)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QualificationIn();

    [GeneratedRegex(@"^\s*(?:,\s*)?(?:or|/)\s*$|^\s*/\s*$")]
    private static partial Regex OrJoin();

    [GeneratedRegex(@"\G\s+(?:in|of)\s+(?<f>[^()\n]+)", RegexOptions.IgnoreCase)]
    private static partial Regex FieldAfter();

    [GeneratedRegex(@"\s(?:is|are|would|will|preferred|with|and (?:a|an|the)|from|at|by|to)\s|[;.]\s|[;.]$", RegexOptions.IgnoreCase)]
    private static partial Regex FieldEnd();

    [GeneratedRegex(@"\b(?:a|an)\s+(?<f>(?:[\p{L}-]+\s+){1,3})$", RegexOptions.IgnoreCase)]
    private static partial Regex FieldBefore();

    [GeneratedRegex(@",\s*|\s+or\s+|\s+such as\s+|\s*/\s*", RegexOptions.IgnoreCase)]
    private static partial Regex FieldSeparator();

    [GeneratedRegex(@"^(?:a|an|the|any)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Determiner();

    [GeneratedRegex(@"\b(?:related|equivalent|similar|relevant|other)\b|^(?:good|recognised|accredited|full|completed|university|undergraduate|first|class|honours|recent|relevant)(?:\s+(?:good|recognised|accredited|full|completed|university|undergraduate|first|class|honours|recent|relevant))*$", RegexOptions.IgnoreCase)]
    private static partial Regex NotAField();
}
