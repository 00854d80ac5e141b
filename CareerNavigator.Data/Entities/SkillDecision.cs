namespace CareerNavigator.Data.Entities;

/// <summary>
/// A user's answer about one ESCO skill: confirmed (they have it, with or without evidence in their records) or
/// rejected (a detected skill they do not claim: it is not proposed again).
/// </summary>
public class SkillDecision : ITimestamped
{
    public int UserId { get; set; }
    public User? User { get; set; }

    public int SkillId { get; set; }
    public EscoSkill? Skill { get; set; }

    public bool Confirmed { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
