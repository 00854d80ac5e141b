using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Products.Generation.Jobs;

/// <summary>
/// Every change of a <c>generation_jobs</c> row, each one conditional UPDATE: a status moves only from the statuses it
/// may leave, so two runs of one job, or a run and a Cancel on another instance, can never both win, and whoever
/// changed the row knows it (one row updated) without reading it first.
/// </summary>
public static class GenerationJobRows
{
    /// <summary>Streamed text is kept up to this many characters (its end); the page shows less.</summary>
    public const int PartialTextCharacters = 4_000;

    private static readonly GenerationJobStatus[] Open = [GenerationJobStatus.Queued, GenerationJobStatus.Running];

    /// <summary>
    /// Marks the job done with <paramref name="productId"/>, inside the transaction that stores that version; throws
    /// <see cref="GenerationJobSupersededException"/> (rolling both back) when the job was cancelled or already has a result.
    /// </summary>
    public static async Task CompleteAsync(CareerNavigatorDbContext db, Guid jobId, int productId, DateTime now, CancellationToken cancellationToken)
    {
        var updated = await db.GenerationJobs
            .Where(j => j.Id == jobId && j.Status == GenerationJobStatus.Running && j.GeneratedProductId == null && !j.CancelRequested)
            .ExecuteUpdateAsync(set => set
                .SetProperty(j => j.Status, GenerationJobStatus.Done)
                .SetProperty(j => j.GeneratedProductId, productId)
                .SetProperty(j => j.ProgressMessage, (string?)null)
                .SetProperty(j => j.PartialText, (string?)null)
                .SetProperty(j => j.FinishedAt, now)
                .SetProperty(j => j.UpdatedAt, now), cancellationToken);
        if (updated == 0)
        {
            throw new GenerationJobSupersededException(jobId);
        }
    }

    /// <summary>Queued (or handed back while running) → running; false when it was cancelled or has ended.</summary>
    public static async Task<bool> StartAsync(CareerNavigatorDbContext db, Guid jobId, DateTime now, CancellationToken cancellationToken) =>
        await db.GenerationJobs
            .Where(j => j.Id == jobId && Open.Contains(j.Status) && !j.CancelRequested)
            .ExecuteUpdateAsync(set => set
                .SetProperty(j => j.Status, GenerationJobStatus.Running)
                .SetProperty(j => j.Attempts, j => j.Attempts + 1)
                .SetProperty(j => j.StartedAt, now)
                .SetProperty(j => j.ProgressMessage, "Starting…")
                .SetProperty(j => j.PartialText, (string?)null)
                .SetProperty(j => j.UpdatedAt, now), cancellationToken) == 1;

    /// <summary>Ends an open job as failed or cancelled; true for the one caller that ended it (who gives its unit back).</summary>
    public static async Task<bool> EndAsync(
        CareerNavigatorDbContext db, Guid jobId, GenerationJobStatus status, string? error, DateTime now, CancellationToken cancellationToken,
        bool onlyIfQueued = false)
    {
        var from = onlyIfQueued ? [GenerationJobStatus.Queued] : Open;
        return await db.GenerationJobs
            .Where(j => j.Id == jobId && from.Contains(j.Status))
            .ExecuteUpdateAsync(set => set
                .SetProperty(j => j.Status, status)
                .SetProperty(j => j.ErrorMessage, error == null ? null : error.Length > GenerationJob.MaxErrorLength ? error.Substring(0, GenerationJob.MaxErrorLength) : error)
                .SetProperty(j => j.ProgressMessage, (string?)null)
                .SetProperty(j => j.PartialText, (string?)null)
                .SetProperty(j => j.FinishedAt, now)
                .SetProperty(j => j.UpdatedAt, now), cancellationToken) == 1;
    }

    /// <summary>A run stopped by its instance shutting down: queued again, for the instance that recovers it.</summary>
    public static Task<int> HandBackAsync(CareerNavigatorDbContext db, Guid jobId, DateTime now) =>
        db.GenerationJobs
            .Where(j => j.Id == jobId && j.Status == GenerationJobStatus.Running)
            .ExecuteUpdateAsync(set => set
                .SetProperty(j => j.Status, GenerationJobStatus.Queued)
                .SetProperty(j => j.ProgressMessage, "Moving to another server…")
                .SetProperty(j => j.PartialText, (string?)null)
                .SetProperty(j => j.UpdatedAt, now));

    public static Task<int> SaveProgressAsync(
        CareerNavigatorDbContext db, Guid jobId, string message, string? partialText, DateTime now, CancellationToken cancellationToken)
    {
        var text = partialText is { Length: > PartialTextCharacters } ? partialText[^PartialTextCharacters..] : partialText;
        var note = message.Length > GenerationJob.MaxMessageLength ? message[..GenerationJob.MaxMessageLength] : message;
        return db.GenerationJobs
            .Where(j => j.Id == jobId && j.Status == GenerationJobStatus.Running)
            .ExecuteUpdateAsync(set => set
                .SetProperty(j => j.ProgressMessage, note)
                .SetProperty(j => j.PartialText, text)
                .SetProperty(j => j.UpdatedAt, now), cancellationToken);
    }

    public static Task<bool> IsCancelRequestedAsync(CareerNavigatorDbContext db, Guid jobId, CancellationToken cancellationToken) =>
        db.GenerationJobs.Where(j => j.Id == jobId).Select(j => j.CancelRequested).FirstOrDefaultAsync(cancellationToken);
}
