namespace CareerNavigator.Data.Entities;

/// <summary>
/// How many units of AI-model work (product generations and CV readings) one user has taken on one UTC day: the
/// counter behind <c>Generation:DailyLimit</c>. A counter rather than a count of stored versions, so that deleting
/// versions gives nothing back and work that stores no version still counts.
/// </summary>
public class ModelUsage
{
    public int UserId { get; set; }
    public User? User { get; set; }

    public DateOnly Day { get; set; }
    public int Units { get; set; }
}
