using CareerNavigator.Web.Applications.Matching.Profile;

namespace CareerNavigator.Web.Applications.Matching;

/// <summary>
/// An advert's requirements against one profile. <see cref="Score"/> is 0–100: the share of the requirements' weight
/// the profile meets, a required one weighing <see cref="RequiredWeight"/> and a preferred one
/// <see cref="PreferredWeight"/>; null when the advert names no requirement. It is never shown without
/// <see cref="Outcomes"/>, which say why.
/// </summary>
public sealed record AdvertMatch(AdvertReading Reading, IReadOnlyList<RequirementOutcome> Outcomes)
{
    public const int RequiredWeight = 3;
    public const int PreferredWeight = 1;

    public int? Score { get; } = ScoreOf(Outcomes);

    public int RequiredMet => Outcomes.Count(o => o.Met && o.Requirement.Importance == Importance.Required);
    public int RequiredTotal => Outcomes.Count(o => o.Requirement.Importance == Importance.Required);
    public int PreferredMet => Outcomes.Count(o => o.Met && o.Requirement.Importance == Importance.Preferred);
    public int PreferredTotal => Outcomes.Count(o => o.Requirement.Importance == Importance.Preferred);

    /// <summary>Each requirement of <paramref name="reading"/> against <paramref name="profile"/>, in the advert's order.</summary>
    public static AdvertMatch Of(AdvertReading reading, ProfileFacts profile) =>
        new(reading, [.. reading.Requirements.Select(r => r.MatchAgainst(profile))]);

    public static int Weight(Importance importance) => importance == Importance.Required ? RequiredWeight : PreferredWeight;

    private static int? ScoreOf(IReadOnlyList<RequirementOutcome> outcomes)
    {
        var total = outcomes.Sum(o => Weight(o.Requirement.Importance));
        return total == 0
            ? null
            : (int)Math.Round(100.0 * outcomes.Where(o => o.Met).Sum(o => Weight(o.Requirement.Importance)) / total, MidpointRounding.AwayFromZero);
    }
}
