namespace CareerNavigator.Data.Entities;

/// <summary>One import of an ESCO download: which version and language, when, and how many rows it held.</summary>
public class EscoImport
{
    public int Id { get; set; }
    public required string Version { get; set; }
    public required string Language { get; set; }
    public DateTime ImportedAt { get; set; }
    public int OccupationCount { get; set; }
    public int SkillCount { get; set; }
    public int RelationCount { get; set; }
}
