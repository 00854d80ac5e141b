using CareerNavigator.Web.Applications.Matching.Profile;
using CareerNavigator.Web.Occupations.Matching;

namespace CareerNavigator.Web.Applications.Matching.Requirements.Experience;

/// <summary>The words of an experience's subject that say what it was in: not "role", "similar", "professional".</summary>
internal static class ExperienceWords
{
    private static readonly HashSet<string> Generic = new(
        ["role", "roles", "position", "positions", "environment", "setting", "capacity", "job", "jobs", "sector", "industry", "field",
         "team", "similar", "relevant", "related", "previous", "prior", "proven", "professional", "practical", "hands-on", "hands", "on",
         "solid", "strong", "good", "some", "demonstrable", "recent", "work", "working", "experience", "paid", "any", "post",
         "comparable", "equivalent", "busy", "fast-paced", "paced", "fast"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> GenericStems = [.. Generic.Select(MatchText.Stem)];

    public static IReadOnlyCollection<string> Meaningful(string subject) =>
        [.. ProfileText.StemsOf(subject).Where(stem => !GenericStems.Contains(stem)).Distinct()];
}
