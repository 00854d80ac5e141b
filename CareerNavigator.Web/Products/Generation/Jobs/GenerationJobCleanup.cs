using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Products.Generation.Jobs;

/// <summary>
/// Deletes generation jobs that ended more than <see cref="KeepFor"/> ago, every hour (the versions they stored stay).
/// One statement, so several instances running it at once only repeat a delete. Quartz removes its own rows of a job
/// when the job has run.
/// </summary>
public sealed class GenerationJobCleanup(
    IDbContextFactory<CareerNavigatorDbContext> contexts, TimeProvider clock, ILogger<GenerationJobCleanup> logger) : BackgroundService
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(30);
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        do
        {
            try
            {
                await CleanUpAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Old generation jobs could not be deleted; trying again in an hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Deletes the ended jobs older than <see cref="KeepFor"/>; returns how many.</summary>
    public async Task<int> CleanUpAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - KeepFor;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.GenerationJobs
            .Where(j => j.FinishedAt < cutoff
                        && (j.Status == GenerationJobStatus.Done || j.Status == GenerationJobStatus.Failed || j.Status == GenerationJobStatus.Cancelled))
            .ExecuteDeleteAsync(cancellationToken);
    }
}
