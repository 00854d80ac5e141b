namespace CareerNavigator.Data.Entities;

/// <summary>
/// A fact the user typed into a version or confirmed as true (<c>user_confirmed_facts</c>): theirs from then on, so the
/// source check counts it as traced in every later version. One row per kind and normalized text.
/// </summary>
public class ConfirmedFact : ITimestamped, IUserOwned
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public User? User { get; set; }

    public ClaimKind Kind { get; set; }
    public required string Text { get; set; }

    /// <summary><see cref="Text"/> lower-cased with single spaces: what makes two facts the same.</summary>
    public required string NormalizedText { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
