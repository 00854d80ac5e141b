using CareerNavigator.Web.Occupations.Gaps;

namespace CareerNavigator.Web.Occupations.Targets;

/// <summary>
/// An ESCO occupation a user's products aim at, with their skill gaps for it, where it came from, and how the related
/// occupations (next steps) fit them.
/// </summary>
/// <param name="FromGoalText">The clause of the user's goals that named it; null when the user chose it as their goal occupation.</param>
public sealed record CareerTarget(SkillGaps Gaps, string? FromGoalText, IReadOnlyList<RelatedFit> RelatedFits)
{
    public OccupationDetails Occupation => Gaps.Occupation;
}

/// <summary>A related occupation: the user's skills it needs as essential, and its essential skills they do not show yet.</summary>
public sealed record RelatedFit(RelatedOccupation Occupation, IReadOnlyList<string> SkillsShown, IReadOnlyList<string> EssentialMissing);
