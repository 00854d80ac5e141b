using System.Text.RegularExpressions;
using CareerNavigator.Web.Occupations.Matching;

namespace CareerNavigator.Web.Occupations.Targets;

/// <summary>
/// The occupations a person's own goal text names. Goals are sentences ("… and land a junior data analyst role at an
/// NGO"), so each clause is searched on its own, and an occupation counts only when the clause says one of its labels
/// word for word ("data analyst", in any inflection; short forms such as "IT" read as ESCO writes them): a goal that names none gives none rather than a guess.
/// </summary>
internal static partial class GoalReading
{
    private const int MaxClauses = 40;
    private const int CandidatesPerClause = 10;
    private const int MaxWords = 40;
    // One word ("engineer", "architecture") names a field or a rank more often than an occupation.
    private const int MinLabelWords = 2;

    /// <summary>Up to <paramref name="max"/> occupations, in the order the goals mention them, each with the clause that named it.</summary>
    public static IReadOnlyList<(OccupationMatch Match, string Clause)> Occupations(OccupationIndex index, IEnumerable<string?> goals, int max)
    {
        var found = new List<(OccupationMatch, string)>();
        foreach (var clause in goals.Where(g => !string.IsNullOrWhiteSpace(g)).SelectMany(g => ClauseBreak().Split(g!))
                     .Select(c => c.Trim()).Where(c => c.Length > 1).Take(MaxClauses))
        {
            var words = $" {string.Join(' ', TitleWords.Of(clause, MaxWords).Select(w => w.Stem))} ";
            // A trailing space: the clause is finished, so its last word is not read as a prefix.
            var named = index.Search(clause + " ", CandidatesPerClause)
                .Select(m => (Match: m, Label: TitleWords.Of(m.MatchedLabel, MaxWords).Select(w => w.Stem).ToList()))
                .Select(m => (m.Match, Said: SaidIn(words, m.Label)))
                .Where(m => m.Said > 0)
                // A clause that leaves the role unsaid ("a youth centre") reads as the work, not as managing it.
                .OrderByDescending(m => m.Said).ThenBy(m => m.Match.IscoGroup.StartsWith('1')).ThenByDescending(m => m.Match.Score)
                .Select(m => m.Match).FirstOrDefault();
            if (named is { } match && !found.Exists(f => f.Item1.Uri == match.Uri))
            {
                found.Add((match, clause));
                if (found.Count == max)
                {
                    break;
                }
            }
        }
        return found;
    }

    /// <summary>
    /// How many words of <paramref name="label"/> the clause says in a row: all of them, or for a label of three words
    /// or more all but its last, the field without the role noun ("an IT help desk" names "ICT help desk agent"); 0 when
    /// it says fewer than <see cref="MinLabelWords"/>.
    /// </summary>
    private static int SaidIn(string clauseWords, List<string> label)
    {
        bool Says(IEnumerable<string> words) => clauseWords.Contains($" {string.Join(' ', words)} ", StringComparison.Ordinal);
        return label.Count >= MinLabelWords && Says(label) ? label.Count
            : label.Count > MinLabelWords && Says(label.SkipLast(1)) ? label.Count - 1
            : 0;
    }

    /// <summary>Sentence and clause marks, and "or" between alternatives ("music, helping people or computers").</summary>
    [GeneratedRegex(@"[.;:!?,\n()]|—|–|\s-\s|\bor\b|\bthen\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();
}
