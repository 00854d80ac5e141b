using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.BackgroundJobs;
using CareerNavigator.Web.Hosting;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Profiles;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Products.Generation.Jobs;

/// <summary>
/// Runs one generation job (group <see cref="Group"/>) as its user, in the job's own DI scope, on whichever instance the
/// job engine gave it to. The outcome goes to the job's row: done (with the version, stored in one transaction with
/// it), failed (with a message for the user) or cancelled; a failed or cancelled job gives back the allowance unit it
/// took when queued. When the instance shuts down mid-run the row is queued again and the run handed back to the
/// engine, which runs it again elsewhere from the start.
/// </summary>
public sealed class GenerationJobRunner(
    IServiceProvider scope,
    IDbContextFactory<CareerNavigatorDbContext> contexts,
    BackgroundUser backgroundUser,
    GenerationJobScope jobScope,
    GenerationJobSignals signals,
    ModelUsageMeter usageMeter,
    TimeProvider clock,
    ILogger<GenerationJobRunner> logger) : IJobHandler
{
    public const string Group = "generation";

    public async Task RunAsync(JobRun run, CancellationToken stopping)
    {
        if (!Guid.TryParse(run.Name, out var jobId))
        {
            logger.LogError("Generation job name {Name} is not a job id", run.Name);
            return;
        }
        GenerationJob? job;
        await using (var db = await contexts.CreateDbContextAsync(stopping))
        {
            job = await db.GenerationJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == jobId, stopping);
            if (job is null || job.Status.HasEnded())
            {
                return;
            }
            if (job.CancelRequested)
            {
                await EndAsync(job, GenerationJobStatus.Cancelled, null);
                return;
            }
            if (!await GenerationJobRows.StartAsync(db, jobId, Now, stopping))
            {
                return;
            }
            await signals.RaiseAsync(db, jobId);
        }
        if (run.Recovering)
        {
            logger.LogInformation("Generation job {JobId} resumed after its instance stopped", jobId);
        }

        backgroundUser.ActAs(job.UserId);
        jobScope.Run(jobId);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var progress = new GenerationJobProgress(contexts, signals, jobId, clock, cancel, logger);
        progress.Start();
        try
        {
            await using (progress)
            {
                await GenerateAsync(job, progress, cancel.Token);
            }
            await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
            await signals.RaiseAsync(db, jobId);
        }
        catch (GenerationJobSupersededException)
        {
            // Cancelled just before its version would have been stored (or stored by another run): nothing was stored here.
            await EndAsync(job, GenerationJobStatus.Cancelled, null);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            if (progress.CancelRequested || await IsCancelRequestedAsync(jobId))
            {
                await EndAsync(job, GenerationJobStatus.Cancelled, null);
                return;
            }
            // The instance is stopping: the engine hands the run back to the cluster.
            await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
            await GenerationJobRows.HandBackAsync(db, jobId, Now);
            await signals.RaiseAsync(db, jobId);
            throw;
        }
        catch (GenerationFailedException failed)
        {
            await EndAsync(job, GenerationJobStatus.Failed, failed.Message);
        }
        catch (RecordNotFoundException)
        {
            await EndAsync(job, GenerationJobStatus.Failed, "The application this was for no longer exists.");
        }
        catch (Exception ex)
        {
            var reference = logger.LogWithReference(ex, "Generation job {JobId} of {ProductType} for user {UserId}", jobId, job.ProductType, job.UserId);
            await EndAsync(job, GenerationJobStatus.Failed,
                $"Sorry, something went wrong while generating your {ProductCatalog.Default.For(job.ProductType).Title}. " +
                $"Please try again; if it keeps happening, quote reference {reference}.");
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task GenerateAsync(GenerationJob job, IProgress<GenerationProgress> progress, CancellationToken cancellationToken)
    {
        var generation = scope.GetRequiredService<ProductGenerationService>();
        if (job.JobApplicationId is { } applicationId)
        {
            progress.Report(new GenerationProgress("Reading the advert"));
            var brief = await scope.GetRequiredService<IApplicationBriefReader>().ReadAsync(applicationId, cancellationToken);
            await generation.GenerateForApplicationAsync(job.ProductType, brief, progress, cancellationToken);
        }
        else
        {
            await generation.GenerateAsync(job.ProductType, progress, cancellationToken);
        }
    }

    private async Task<bool> IsCancelRequestedAsync(Guid jobId)
    {
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        return await GenerationJobRows.IsCancelRequestedAsync(db, jobId, CancellationToken.None);
    }

    /// <summary>Not the run's token: a cancelled or stopping run must still record how it ended.</summary>
    private async Task EndAsync(GenerationJob job, GenerationJobStatus status, string? error)
    {
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        if (await GenerationJobRows.EndAsync(db, job.Id, status, error, Now, CancellationToken.None))
        {
            await signals.RaiseAsync(db, job.Id);
            if (job.UsageDay is { } day)
            {
                await usageMeter.GiveBackAsync(job.UserId, day);
            }
        }
    }
}
