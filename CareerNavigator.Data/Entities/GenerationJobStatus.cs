using NpgsqlTypes;

namespace CareerNavigator.Data.Entities;

/// <summary>Where a <see cref="GenerationJob"/> stands: queued → running → done, failed or cancelled. Stored as its label.</summary>
public enum GenerationJobStatus
{
    [PgName("queued")] Queued,
    [PgName("running")] Running,
    [PgName("done")] Done,
    [PgName("failed")] Failed,
    [PgName("cancelled")] Cancelled,
}

public static class GenerationJobStatuses
{
    /// <summary>Whether the job has ended and will not change again.</summary>
    public static bool HasEnded(this GenerationJobStatus status) =>
        status is GenerationJobStatus.Done or GenerationJobStatus.Failed or GenerationJobStatus.Cancelled;
}
