namespace CareerNavigator.Web.Occupations;

/// <summary>An occupation found for typed text, best first, with the label and words that matched.</summary>
public sealed record OccupationHit(int Id, string Uri, string Title, string IscoGroup, double Score, string MatchedLabel);

/// <summary>One ESCO occupation with its skills, essential ones first; <see cref="Regulated"/> is ESCO's regulated-profession mark.</summary>
public sealed record OccupationDetails(
    int Id, string Uri, string Title, string IscoGroup, string? IscoGroupLabel, string Description, IReadOnlyList<string> AlsoCalled,
    bool Obsolete, IReadOnlyList<SkillRef> Skills, bool Regulated = false)
{
    public IEnumerable<SkillRef> Essential => Skills.Where(s => s.Essential);
    public IEnumerable<SkillRef> Optional => Skills.Where(s => !s.Essential);
}

/// <summary>
/// A skill of an occupation: essential or optional, skill or knowledge, and ESCO's reuse level ("transversal",
/// "cross-sector", "sector-specific" or "occupation-specific"; empty when ESCO gives none).
/// </summary>
public sealed record SkillRef(int Id, string Uri, string Label, bool Essential, bool IsKnowledge, string ReuseLevel = "");

/// <summary>An occupation next to another: how many of that one's essential skills it also needs, and whether it is in the same ISCO group.</summary>
public sealed record RelatedOccupation(int Id, string Uri, string Title, string IscoGroup, int SharedEssentialSkills, int OfEssentialSkills, bool SameGroup)
{
    /// <summary>The share of the first occupation's essential skills this one needs too, 0..100.</summary>
    public int OverlapPercent => OfEssentialSkills == 0 ? 0 : (int)Math.Round(100.0 * SharedEssentialSkills / OfEssentialSkills);
}

/// <summary>An ISCO-08 group and what sits directly below it: narrower groups, or (for a unit group) its occupations.</summary>
/// <param name="Path">The broader groups above it, broadest first.</param>
public sealed record IscoGroupView(string? Code, string? Label, IReadOnlyList<IscoGroupLink> Path, IReadOnlyList<IscoGroupLink> Groups, IReadOnlyList<OccupationLink> Occupations);

public sealed record IscoGroupLink(string Code, string Label);

public sealed record OccupationLink(int Id, string Title);
