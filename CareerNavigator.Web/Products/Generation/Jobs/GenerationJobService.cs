using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.BackgroundJobs;
using CareerNavigator.Web.Hosting;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareerNavigator.Web.Products.Generation.Jobs;

/// <summary>
/// The signed-in user's model generations as jobs: queue one, follow it, cancel it, and hear about the ones that ended
/// while they were away. Another user's job answers as missing. With the built-in generator (milliseconds, no
/// allowance) pages generate in-process instead (<see cref="RunsAsJobs"/>).
/// </summary>
public sealed class GenerationJobService(
    IDbContextFactory<CareerNavigatorDbContext> contexts,
    ICurrentUser currentUser,
    JobEngine engine,
    GenerationJobSignals signals,
    ModelUsageMeter usageMeter,
    TimeProvider clock,
    IOptions<GenerationOptions> options,
    ILogger<GenerationJobService> logger)
{
    public bool RunsAsJobs => options.Value.Provider != GenerationProvider.BuiltIn;

    /// <summary>
    /// Queues a generation of <paramref name="type"/> (for <paramref name="applicationId"/>, which must be the user's, when
    /// given) and starts it at once; takes a unit of today's allowance, or throws <see cref="GenerationFailedException"/>
    /// when none is left. Throws <see cref="RecordNotFoundException"/> for an application that is not the user's.
    /// </summary>
    public async Task<Guid> StartAsync(ProductType type, int? applicationId, CancellationToken cancellationToken)
    {
        var userId = await currentUser.GetIdAsync();
        var descriptor = ProductCatalog.Default.For(type);
        if (descriptor.Ownership == Ownership.BelongsToApplication && applicationId is null)
        {
            throw new GenerationFailedException($"A {descriptor.Title.ToLowerInvariant()} belongs to a job application: write it from the application's page.");
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (applicationId is { } id && !await db.JobApplications.AnyAsync(a => a.Id == id && a.UserId == userId, cancellationToken))
        {
            throw new RecordNotFoundException();
        }

        await using var unit = await usageMeter.TakeAsync(userId, cancellationToken);
        var job = new GenerationJob
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            ProductType = type,
            JobApplicationId = applicationId,
            Status = GenerationJobStatus.Queued,
            ProgressMessage = "Queued",
            UsageDay = unit.Day,
        };
        db.GenerationJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        try
        {
            await engine.EnqueueAsync(GenerationJobRunner.Group, job.Id.ToString("N"), cancellationToken);
        }
        catch (Exception ex)
        {
            var reference = logger.LogWithReference(ex, "Queueing generation job {JobId}", job.Id);
            var message = $"Sorry, your {descriptor.Title} could not be started. Please try again; if it keeps failing, quote reference {reference}.";
            await GenerationJobRows.EndAsync(db, job.Id, GenerationJobStatus.Failed, message, Now, CancellationToken.None);
            throw new GenerationFailedException(message, ex);
        }
        unit.Keep();
        return job.Id;
    }

    /// <summary>The user's job, or null when it is not theirs.</summary>
    public async Task<GenerationJobView?> FindAsync(Guid jobId, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var job = await db.GenerationJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == jobId && j.UserId == userId, cancellationToken);
        return job is null ? null : GenerationJobView.Of(job);
    }

    /// <summary>The version a done job stored, or null (not done, not the user's, or the version deleted since).</summary>
    public async Task<GeneratedProduct?> ResultAsync(Guid jobId, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var productId = await db.GenerationJobs.Where(j => j.Id == jobId && j.UserId == userId).Select(j => j.GeneratedProductId).SingleOrDefaultAsync(cancellationToken);
        return productId is { } id
            ? await db.GeneratedProducts.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id && g.UserId == userId, cancellationToken)
            : null;
    }

    /// <summary>
    /// What a page reopened on <paramref name="type"/> (of <paramref name="applicationId"/>) should show: the newest job
    /// still running, else the newest that ended without the user seeing it; null when there is neither.
    /// </summary>
    public async Task<GenerationJobView?> FindCurrentAsync(ProductType type, int? applicationId, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var job = await db.GenerationJobs.AsNoTracking()
            .Where(j => j.UserId == userId && j.ProductType == type && j.JobApplicationId == applicationId)
            .Where(j => j.Status == GenerationJobStatus.Queued || j.Status == GenerationJobStatus.Running || j.SeenAt == null)
            .OrderByDescending(j => j.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return job is null ? null : GenerationJobView.Of(job);
    }

    /// <summary>
    /// Asks the job to stop, wherever it runs: a queued job ends here (and gives its unit back), a running one stops at
    /// its next progress save or at once on its instance. False when it is not the user's or has already ended.
    /// </summary>
    public async Task<bool> CancelAsync(Guid jobId, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var asked = await db.GenerationJobs
            .Where(j => j.Id == jobId && j.UserId == userId && (j.Status == GenerationJobStatus.Queued || j.Status == GenerationJobStatus.Running))
            .ExecuteUpdateAsync(set => set.SetProperty(j => j.CancelRequested, true).SetProperty(j => j.UpdatedAt, Now), cancellationToken);
        if (asked == 0)
        {
            return false;
        }
        var name = jobId.ToString("N");
        var beforeStart = await GenerationJobRows.EndAsync(db, jobId, GenerationJobStatus.Cancelled, null, Now, CancellationToken.None, onlyIfQueued: true);
        await signals.RaiseAsync(db, jobId);
        if (beforeStart)
        {
            var day = await db.GenerationJobs.Where(j => j.Id == jobId).Select(j => j.UsageDay).SingleAsync(CancellationToken.None);
            if (day is { } taken)
            {
                await usageMeter.GiveBackAsync(userId, taken);
            }
        }
        try
        {
            await engine.InterruptAsync(GenerationJobRunner.Group, name, remove: beforeStart, CancellationToken.None);
        }
        catch (Exception ex)
        {
            // The row's flag stops the run at its next progress save.
            logger.LogWarning(ex, "Could not interrupt generation job {JobId}", jobId);
        }
        return true;
    }

    /// <summary>
    /// Calls <paramref name="changed"/> whenever the row of the user's job changes, on any instance, until disposed; a
    /// page still reads the row itself (this is only the signal to read it now).
    /// </summary>
    public IDisposable Follow(Guid jobId, Action changed) => signals.Follow(jobId, changed);

    /// <summary>The user has seen how the job ended (on its page): no notice for it.</summary>
    public async Task MarkSeenAsync(Guid jobId, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.GenerationJobs
            .Where(j => j.Id == jobId && j.UserId == userId && j.SeenAt == null && (j.Status == GenerationJobStatus.Done || j.Status == GenerationJobStatus.Failed || j.Status == GenerationJobStatus.Cancelled))
            .ExecuteUpdateAsync(set => set.SetProperty(j => j.SeenAt, Now), cancellationToken);
    }

    /// <summary>The user's jobs that ended while they were not looking, newest first: the in-app notice.</summary>
    public async Task<IReadOnlyList<GenerationJobView>> UnseenEndedAsync(CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var jobs = await db.GenerationJobs.AsNoTracking()
            .Where(j => j.UserId == userId && j.SeenAt == null && (j.Status == GenerationJobStatus.Done || j.Status == GenerationJobStatus.Failed))
            .OrderByDescending(j => j.FinishedAt)
            .Take(10)
            .ToListAsync(cancellationToken);
        return jobs.Select(GenerationJobView.Of).ToList();
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
