using CareerNavigator.Web.Occupations.Matching;

namespace CareerNavigator.Web.Occupations.Gaps;

/// <summary>
/// What a user shows of one occupation's skills and what they still need, in the order to learn them: essential before
/// optional; within each, skills that the related occupations also need first (they open more doors), then by name.
/// </summary>
public sealed record SkillGaps(OccupationDetails Occupation, IReadOnlyList<GapSkill> Shown, IReadOnlyList<GapSkill> Missing, IReadOnlyList<RelatedOccupation> Related)
{
    public int EssentialShown => Shown.Count(s => s.Essential);
    public int EssentialTotal => Occupation.Essential.Count();
}

/// <summary>
/// One skill of the occupation for this user. <see cref="Evidence"/> quotes where their records show it (empty when they
/// confirmed it themselves); <see cref="Confirmed"/> is their answer, if any; <see cref="NeededByRelated"/> counts the
/// related occupations that also list it as essential.
/// </summary>
public sealed record GapSkill(
    int Id, string Uri, string Label, bool Essential, bool IsKnowledge, IReadOnlyList<SkillEvidence> Evidence, bool? Confirmed, int NeededByRelated,
    string ReuseLevel = "");
