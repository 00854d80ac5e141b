namespace CareerNavigator.Data.Entities;

/// <summary>An ESCO skill or knowledge concept (public reference data); kept by URI like <see cref="EscoOccupation"/>.</summary>
public class EscoSkill
{
    public int Id { get; set; }
    public required string Uri { get; set; }
    public required string PreferredLabel { get; set; }

    /// <summary>The alternative labels, one per line, as ESCO ships them.</summary>
    public required string AltLabels { get; set; }

    /// <summary>"skill/competence" or "knowledge".</summary>
    public required string SkillType { get; set; }

    /// <summary>"transversal", "cross-sector", "sector-specific" or "occupation-specific".</summary>
    public required string ReuseLevel { get; set; }

    public required string Description { get; set; }
    public bool Obsolete { get; set; }
}
