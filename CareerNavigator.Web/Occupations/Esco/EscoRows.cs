namespace CareerNavigator.Web.Occupations.Esco;

/// <summary>An occupation as ESCO publishes it (occupations_xx.csv). <see cref="Uri"/> is stable across versions.</summary>
public sealed record EscoOccupationRow(
    string Uri, string PreferredLabel, IReadOnlyList<string> AltLabels, string IscoGroup, string Description, string Code, bool Released,
    bool Regulated = false);

/// <summary>A skill or knowledge concept (skills_xx.csv); <see cref="SkillType"/> is "skill/competence" or "knowledge".</summary>
public sealed record EscoSkillRow(
    string Uri, string PreferredLabel, IReadOnlyList<string> AltLabels, string SkillType, string ReuseLevel, string Description, bool Released);

/// <summary>One occupation–skill relation (occupationSkillRelations.csv): essential or optional.</summary>
public sealed record EscoRelationRow(string OccupationUri, string SkillUri, bool Essential);

/// <summary>An ISCO-08 group (ISCOGroups_xx.csv): code of one to four digits and its label.</summary>
public sealed record EscoIscoGroupRow(string Code, string PreferredLabel);
