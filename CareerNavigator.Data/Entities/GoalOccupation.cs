namespace CareerNavigator.Data.Entities;

/// <summary>
/// The ESCO occupation a user chose as their goal ("Set as my goal"), beside the free-text goals of
/// <c>user_profiles</c> (a side table, so the seed's columns stay as they are). One per user.
/// </summary>
public class GoalOccupation : ITimestamped
{
    public int UserId { get; set; }
    public User? User { get; set; }

    public int OccupationId { get; set; }
    public EscoOccupation? Occupation { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
