using CareerNavigator.Web.Occupations.Matching;

namespace CareerNavigator.Web.Occupations.Gaps;

/// <summary>
/// One user's ESCO skills by skill id: those their records show (with the evidence) and their own answers (true: they
/// have it; false: they do not, and it is never proposed again).
/// </summary>
public sealed record UserSkills(IReadOnlyDictionary<int, IReadOnlyList<SkillEvidence>> Detected, IReadOnlyDictionary<int, bool> Decisions)
{
    public bool Shows(int skillId) =>
        Decisions.TryGetValue(skillId, out var answer) ? answer : Detected.ContainsKey(skillId);
}
