namespace CareerNavigator.Data.Entities;

/// <summary>
/// A skill of the person as a whole (beside the skills each job and course lists): typed by them, read from an import,
/// or suggested from their CV or their answers on occupation pages. Suggestions wait for the user to confirm them; a
/// CV shows confirmed skills only. One row per skill name and user, whatever its case or spacing.
/// </summary>
public class UserSkill : ITimestamped, IUserOwned
{
    public const int MaxNameLength = 100;
    public const int MaxLevelLength = 40;

    public int Id { get; set; }
    public int UserId { get; set; }
    public User? User { get; set; }

    public required string Name { get; set; }

    /// <summary><see cref="Name"/> lower-cased with single spaces: what makes two skills the same (unique per user).</summary>
    public required string NormalizedName { get; set; }

    /// <summary>"Advanced", "Native", "5 years"…: as the user or the file said it; null when not said.</summary>
    public string? Level { get; set; }

    public SkillSource Source { get; set; }
    public bool Confirmed { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public static string Normalize(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
