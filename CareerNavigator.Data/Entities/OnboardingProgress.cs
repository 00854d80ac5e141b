namespace CareerNavigator.Data.Entities;

/// <summary>
/// Where a user is in the onboarding wizard and the answers that are not seed columns (classification
/// answers, target field, interests). Saved at every step so a closed tab or a restart loses nothing.
/// </summary>
public class OnboardingProgress : ITimestamped
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public User? User { get; set; }

    public string CurrentStep { get; set; } = "situation";
    public OnboardingAnswers Answers { get; set; } = new();
    public DateTime? CompletedAt { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>Stored as JSON (jsonb in PostgreSQL).</summary>
public sealed record OnboardingAnswers
{
    public double? YearsOfPaidWork { get; init; }
    public bool? ChangingField { get; init; }
    public bool? HasClearGoal { get; init; }
    public UserGroup? SuggestedGroup { get; init; }
    public string? TargetField { get; init; }
    public string? ChangeReason { get; init; }
    public List<string> Interests { get; init; } = [];
}
