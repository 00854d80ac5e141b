namespace CareerNavigator.Data.Entities;

/// <summary>
/// One row of <c>admin_audit_log</c>: an admin did something to (or looked at) a user's account. The ids carry
/// no foreign keys and the emails are copied, so an entry outlives the accounts it names. The app only appends.
/// </summary>
public class AdminAuditEntry
{
    public long Id { get; set; }
    public int ActorUserId { get; set; }
    public required string ActorEmail { get; set; }
    public int? TargetUserId { get; set; }
    public string? TargetEmail { get; set; }
    public AdminAction Action { get; set; }
    public string? Details { get; set; }
    public DateTime OccurredAt { get; set; }
}

/// <summary>What an admin did; stored as the snake_case label.</summary>
public enum AdminAction
{
    ViewRecord,
    Disable,
    Enable,
    GrantAdmin,
    RevokeAdmin,
    DeleteUser,

    /// <summary>A user deleted their own account; their emails in earlier entries were replaced by a pseudonym.</summary>
    ErasedOwnAccount,
}
