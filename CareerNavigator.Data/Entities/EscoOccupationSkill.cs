namespace CareerNavigator.Data.Entities;

/// <summary>One occupation–skill relation of the current ESCO import: the skill is essential or optional for the occupation.</summary>
public class EscoOccupationSkill
{
    public int OccupationId { get; set; }
    public EscoOccupation? Occupation { get; set; }

    public int SkillId { get; set; }
    public EscoSkill? Skill { get; set; }

    public bool IsEssential { get; set; }
}
