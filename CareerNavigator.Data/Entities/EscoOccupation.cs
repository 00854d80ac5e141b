namespace CareerNavigator.Data.Entities;

/// <summary>
/// An ESCO occupation (public reference data, not a user's). <see cref="Uri"/> is ESCO's stable identifier: an import
/// updates the row with the same URI, so stored references keep resolving; one a newer import no longer holds stays,
/// marked <see cref="Obsolete"/>.
/// </summary>
public class EscoOccupation
{
    public const int UriMaxLength = 200;
    public const int IscoGroupMaxLength = 4;

    public int Id { get; set; }
    public required string Uri { get; set; }
    public required string PreferredLabel { get; set; }

    /// <summary>The alternative labels, one per line, as ESCO ships them.</summary>
    public required string AltLabels { get; set; }

    /// <summary>The ISCO-08 unit group (four digits), e.g. "2512".</summary>
    public required string IscoGroup { get; set; }

    /// <summary>ESCO's code: the ISCO group followed by the occupation's place below it, e.g. "2512.4".</summary>
    public required string Code { get; set; }

    public required string Description { get; set; }

    /// <summary>ESCO's own mark that the profession is regulated in the EU (its <c>regulatedProfessionNote</c>); 15 of 3,007 in v1.1.1.</summary>
    public bool Regulated { get; set; }

    public bool Obsolete { get; set; }

    public List<EscoOccupationSkill> Skills { get; set; } = [];
}
