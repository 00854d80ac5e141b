namespace CareerNavigator.Data.Entities;

/// <summary>
/// A token a user created for the API. Only the SHA-256 of the token is stored; the token itself is shown
/// once, when it is created. A token is usable until it expires or is revoked.
/// </summary>
public class PersonalAccessToken : ITimestamped, IUserOwned
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public User? User { get; set; }

    public required string Name { get; set; }

    /// <summary>Lower-case hex SHA-256 of the whole token.</summary>
    public required string TokenHash { get; set; }

    /// <summary>The first characters of the token, so the user can tell their tokens apart.</summary>
    public required string Prefix { get; set; }

    /// <summary>False: read only. True: read and write.</summary>
    public bool CanWrite { get; set; }

    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
