using CareerNavigator.Web.Occupations;
using CareerNavigator.Web.Occupations.Gaps;
using CareerNavigator.Web.Occupations.Matching;

namespace CareerNavigator.Web.Api.Occupations;

/// <summary>Occupations for the typed text, best first.</summary>
public sealed record OccupationSearchResource(IReadOnlyList<OccupationHitResource> Items);

/// <param name="Score">How well the text matched, 0 to 1 (rounded to two places).</param>
public sealed record OccupationHitResource(int Id, string Uri, string Title, string IscoGroup, double Score)
{
    public static OccupationHitResource From(OccupationHit hit) => new(hit.Id, hit.Uri, hit.Title, hit.IscoGroup, hit.Score);
}

/// <summary>One ESCO occupation with its essential and optional skills.</summary>
public sealed record OccupationResource(
    int Id, string Uri, string Title, string IscoGroup, string? IscoGroupTitle, string Description, IReadOnlyList<string> AlsoCalled,
    bool Obsolete, IReadOnlyList<OccupationSkillResource> EssentialSkills, IReadOnlyList<OccupationSkillResource> OptionalSkills)
{
    public static OccupationResource From(OccupationDetails occupation) => new(
        occupation.Id, occupation.Uri, occupation.Title, occupation.IscoGroup, occupation.IscoGroupLabel, occupation.Description,
        occupation.AlsoCalled, occupation.Obsolete,
        [.. occupation.Essential.Select(OccupationSkillResource.From)], [.. occupation.Optional.Select(OccupationSkillResource.From)]);
}

/// <param name="Type">skill (something one does) or knowledge (something one knows), as ESCO classifies it.</param>
public sealed record OccupationSkillResource(string Uri, string Title, string Type)
{
    public static OccupationSkillResource From(SkillRef skill) => new(skill.Uri, skill.Label, SkillTypes.Of(skill.IsKnowledge));
}

/// <summary>What the caller shows of an occupation's skills and what is missing, each list in the order to learn them.</summary>
public sealed record SkillGapsResource(
    OccupationSummaryResource Occupation, int EssentialShown, int EssentialTotal,
    IReadOnlyList<GapSkillResource> Shown, IReadOnlyList<GapSkillResource> Missing)
{
    public static SkillGapsResource From(SkillGaps gaps) => new(
        new OccupationSummaryResource(gaps.Occupation.Id, gaps.Occupation.Uri, gaps.Occupation.Title, gaps.Occupation.IscoGroup),
        gaps.EssentialShown, gaps.EssentialTotal,
        [.. gaps.Shown.Select(GapSkillResource.From)], [.. gaps.Missing.Select(GapSkillResource.From)]);
}

public sealed record OccupationSummaryResource(int Id, string Uri, string Title, string IscoGroup);

/// <param name="Confirmed">The caller's own answer on the skill page: true (has it), false (does not), null (not answered).</param>
/// <param name="Evidence">Where the caller's records show the skill; empty when only their answer says so.</param>
public sealed record GapSkillResource(string Uri, string Title, string Type, bool Essential, bool? Confirmed, IReadOnlyList<SkillEvidenceResource> Evidence)
{
    public static GapSkillResource From(GapSkill skill) => new(
        skill.Uri, skill.Label, SkillTypes.Of(skill.IsKnowledge), skill.Essential, skill.Confirmed, [.. skill.Evidence.Select(SkillEvidenceResource.From)]);
}

/// <param name="Source">The record and field, e.g. "Job 1 (Care Assistant at Hillside Care Home): description".</param>
/// <param name="MatchedLabel">The ESCO label (preferred or alternative) that matched.</param>
/// <param name="Words">The words of the record that matched, as written.</param>
public sealed record SkillEvidenceResource(string Source, string MatchedLabel, IReadOnlyList<string> Words)
{
    public static SkillEvidenceResource From(SkillEvidence evidence) => new(evidence.Source, evidence.MatchedLabel, evidence.Words);
}

internal static class SkillTypes
{
    public static string Of(bool isKnowledge) => isKnowledge ? "knowledge" : "skill";
}
