using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Occupations.Esco;

/// <summary>
/// One download's rows as the importer's temporary tables. Column names are those of the ESCO tables (see the
/// configurations in CareerNavigator.Data), so the merge copies them across by name. A URI that appears twice in a
/// download is kept once (the last row wins): an upsert may not touch one row twice.
/// </summary>
internal sealed class EscoStaging
{
    public const string Occupations = "esco_occupations_staged";
    public const string Skills = "esco_skills_staged";
    public const string IscoGroups = "esco_isco_groups_staged";
    public const string Relations = "esco_relations_staged";

    private static readonly string[] LabelColumns = ["uri", "preferred_label", "alt_labels"];

    public static EscoStaging Read(EscoArchive archive)
    {
        var occupations = archive.Occupations()
            .DistinctBy(o => o.Uri)
            .Select(o => new object[] { o.Uri, o.PreferredLabel, AltLabels(o.AltLabels), o.IscoGroup, o.Code, o.Description, o.Regulated, !o.Released })
            .ToList();
        var skills = archive.Skills()
            .DistinctBy(s => s.Uri)
            .Select(s => new object[] { s.Uri, s.PreferredLabel, AltLabels(s.AltLabels), s.SkillType, s.ReuseLevel, s.Description, !s.Released })
            .ToList();
        var groups = archive.IscoGroups()
            .Where(g => g.Code.Length <= EscoOccupation.IscoGroupMaxLength)
            .DistinctBy(g => g.Code)
            .Select(g => new object[] { g.Code, g.PreferredLabel })
            .ToList();
        var relations = archive.Relations()
            .DistinctBy(r => (r.OccupationUri, r.SkillUri))
            .Select(r => new object[] { r.OccupationUri, r.SkillUri, r.Essential })
            .ToList();

        return new EscoStaging(
        [
            new(Occupations, [.. LabelColumns, "isco_group", "code", "description", "regulated", "obsolete"], ["regulated", "obsolete"], ["uri"], occupations),
            new(Skills, [.. LabelColumns, "skill_type", "reuse_level", "description", "obsolete"], ["obsolete"], ["uri"], skills),
            new(IscoGroups, ["code", "preferred_label"], [], ["code"], groups),
            new(Relations, ["occupation_uri", "skill_uri", "is_essential"], ["is_essential"], ["occupation_uri", "skill_uri"], relations),
        ]);
    }

    private EscoStaging(IReadOnlyList<EscoStagedTable> tables) => Tables = tables;

    public IReadOnlyList<EscoStagedTable> Tables { get; }

    public EscoStagedTable this[string name] => Tables.Single(t => t.Name == name);

    /// <summary>Stored as ESCO ships them: one label per line.</summary>
    private static string AltLabels(IReadOnlyList<string> labels) => string.Join('\n', labels);
}
