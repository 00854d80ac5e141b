using System.Text.RegularExpressions;
using CareerNavigator.Web.Occupations.Matching;

namespace CareerNavigator.Web.Applications.Matching.Requirements.Experience;

/// <summary>The subjects of experience the advert's words name, each with the ESCO occupation it is, if it is one.</summary>
internal static partial class ExperienceSubjects
{
    /// <summary>How closely a subject must name an occupation to be read as it ("data analyst", not "retail").</summary>
    private const double MinOccupationScore = 0.8;

    /// <summary>Alternatives of a subject ("hotel reception or customer service"); "a similar role" is the advert's own role.</summary>
    public static List<ExperienceSubject> Of(OccupationIndex index, OccupationMatch? role, string words)
    {
        var subjects = new List<ExperienceSubject>();
        foreach (var alternative in Alternatives().Split(words).Select(a => TrailingRoleWord().Replace(Determiner().Replace(a.Trim(), ""), "").Trim()).Where(a => a.Length > 0))
        {
            if (ExperienceWords.Meaningful(alternative).Count == 0)
            {
                if (SimilarRole().IsMatch(alternative) && role is not null)
                {
                    subjects.Add(new ExperienceSubject(role.Title, role.Uri, role.Title));
                }
                continue;
            }
            var occupation = index.Search(alternative + " ", 1).FirstOrDefault(o => o.Score >= MinOccupationScore);
            subjects.Add(new ExperienceSubject(alternative, occupation?.Uri, occupation?.Title));
        }
        return [.. subjects.DistinctBy(s => s.OccupationUri ?? s.Words.ToLowerInvariant())];
    }

    [GeneratedRegex(@"\s+or\s+|\s*/\s*|,\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Alternatives();

    [GeneratedRegex(@"^(?:a|an|the|our|your|any)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Determiner();

    [GeneratedRegex(@"(?<=\S)\s+(?:role|position|job|environment|setting|capacity)$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingRoleWord();

    [GeneratedRegex(@"^similar\b|\bsimilar (?:role|position|job|capacity)\b|^(?:this|the same) (?:role|position|job)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SimilarRole();
}
