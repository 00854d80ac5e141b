using System.Text.RegularExpressions;
using CareerNavigator.Web.Occupations.Matching;

namespace CareerNavigator.Web.Occupations.Targets;

/// <summary>
/// The occupations a person's own goal text names. Goals are sentences ("… and land a junior data analyst role at an
/// NGO"), so each clause is searched on its own, and an occupation counts only when the clause says one of its labels
/// word for word ("data analyst", in any inflection): a goal that names none gives none rather than a guess.
/// </summary>
internal static partial class GoalReading
{
    private const int MaxClauses = 40;
    private const int CandidatesPerClause = 10;
    // One word ("engineer", "architecture") names a field or a rank more often than an occupation.
    private const int MinLabelWords = 2;

    /// <summary>Up to <paramref name="max"/> occupations, in the order the goals mention them, each with the clause that named it.</summary>
    public static IReadOnlyList<(OccupationMatch Match, string Clause)> Occupations(OccupationIndex index, IEnumerable<string?> goals, int max)
    {
        var found = new List<(OccupationMatch, string)>();
        foreach (var clause in goals.Where(g => !string.IsNullOrWhiteSpace(g)).SelectMany(g => ClauseBreak().Split(g!))
                     .Select(c => c.Trim()).Where(c => c.Length > 1).Take(MaxClauses))
        {
            var words = string.Join(' ', MatchText.Words(clause).Select(w => w.Stem));
            // A trailing space: the clause is finished, so its last word is not read as a prefix.
            var named = index.Search(clause + " ", CandidatesPerClause)
                .Select(m => (Match: m, Label: MatchText.Words(m.MatchedLabel).Select(w => w.Stem).ToList()))
                .Where(m => m.Label.Count >= MinLabelWords && $" {words} ".Contains($" {string.Join(' ', m.Label)} ", StringComparison.Ordinal))
                .OrderByDescending(m => m.Label.Count).ThenByDescending(m => m.Match.Score)
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

    /// <summary>Sentence and clause marks, and "or" between alternatives ("music, helping people or computers").</summary>
    [GeneratedRegex(@"[.;:!?,\n()]|—|–|\s-\s|\bor\b|\bthen\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();
}
