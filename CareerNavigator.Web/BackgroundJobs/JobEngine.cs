using CareerNavigator.Data;
using CareerNavigator.Data.JobStore;
using CareerNavigator.Web.Database;
using Microsoft.Extensions.Options;
using Quartz;

namespace CareerNavigator.Web.BackgroundJobs;

/// <summary>
/// The app's job engine: one Quartz.NET scheduler per instance over the clustered ADO.NET job store in the app's own
/// database (tables <c>qrtz_*</c>, created by <c>migrate</c>). It is built when first needed rather than when services
/// are registered, because the database is known only then (<see cref="DatabaseConnection"/>). Stopping the host shuts
/// the scheduler down without waiting: running jobs are cancelled and handed back to the cluster (Quartz's
/// <see cref="AdoJobStoreOptions.RecoverFiringsCancelledByShutdown"/>), so another instance, or this one when it starts
/// again, runs them.
/// </summary>
public sealed class JobEngine(
    IServiceProvider app, DatabaseConnection connection, IOptions<JobEngineOptions> options, ILogger<JobEngine> logger)
    : IHostedService, IAsyncDisposable
{
    /// <summary>Every instance uses this name: instances of one scheduler name over one store form a cluster.</summary>
    public const string SchedulerName = "career-navigator";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IScheduler? _scheduler;

    /// <summary>The started scheduler of this instance.</summary>
    public async Task<IScheduler> GetSchedulerAsync(CancellationToken cancellationToken = default)
    {
        if (_scheduler is { } built)
        {
            return built;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_scheduler is null)
            {
                var instanceId = string.IsNullOrWhiteSpace(options.Value.InstanceId)
                    ? $"{Environment.MachineName}-{Guid.NewGuid():N}"
                    : options.Value.InstanceId;
                var scheduler = await BuildAsync(app, connection, options.Value, instanceId, cancellationToken);
                if (options.Value.RunJobs)
                {
                    await scheduler.Start(cancellationToken);
                }
                logger.LogInformation("Job engine: instance {InstanceId} on {Database}, {Mode}", instanceId, connection.Describe(),
                    options.Value.RunJobs ? "running jobs" : "queueing only");
                _scheduler = scheduler;
            }
            return _scheduler;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Builds a scheduler of the cluster over <paramref name="connection"/> whose jobs run in <paramref name="app"/>'s
    /// services. The app builds one; the tests build two in one process to stand for two instances.
    /// </summary>
    public static async Task<IScheduler> BuildAsync(
        IServiceProvider app, DatabaseConnection connection, JobEngineOptions options, string instanceId, CancellationToken cancellationToken)
    {
        var builder = QuartzSchedulerBuilder.Create(quartz =>
        {
            quartz.Services.AddSingleton(new AppServices(app));
            quartz.Services.AddSingleton(app.GetRequiredService<ILoggerFactory>());
            quartz.Services.AddTransient<HandlerJob>();
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = SchedulerName;
                scheduler.InstanceId = instanceId;
                scheduler.ShutdownJobInterruption = ShutdownJobInterruption.WhenNotWaitingForJobs;
                scheduler.IdleWaitTime = options.IdleWaitTime;
            });
            quartz.UseDefaultThreadPool(options.MaxConcurrentJobs);
            quartz.UsePersistentStore(store =>
            {
                store.ConfigureStore(ado =>
                {
                    ado.TablePrefix = JobStoreSchema.TablePrefix;
                    ado.RecoverFiringsCancelledByShutdown = true;
                    // migrate creates the tables; the store only checks they are there.
                    ado.SchemaProvisioning = SchemaProvisioning.Validate;
                });
                if (connection.Provider == DatabaseProvider.Postgres)
                {
                    store.UsePostgres(connection.ConnectionString);
                    store.UseClustering(cluster =>
                    {
                        cluster.CheckinInterval = options.CheckinInterval;
                        cluster.CheckinMisfireThreshold = options.CheckinMisfireThreshold;
                    });
                }
                else
                {
                    // One process owns the embedded SQLite file, so there is no cluster to join.
                    store.UseSqlite(connection.ConnectionString);
                }
            });
        });
        return await builder.BuildScheduler(cancellationToken);
    }

    /// <summary>Queues a run of <paramref name="name"/> in <paramref name="group"/> now; the scheduler that stores it wakes at once.</summary>
    public async Task EnqueueAsync(string group, string name, CancellationToken cancellationToken)
    {
        var scheduler = await GetSchedulerAsync(cancellationToken);
        var job = JobBuilder.Create<HandlerJob>().WithIdentity(name, group).RequestRecovery().Build();
        var trigger = TriggerBuilder.Create().WithIdentity(name, group).ForJob(job).StartNow().Build();
        await scheduler.ScheduleJob(job, trigger, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Cancels the job's run: at once on this instance, after its next cluster check-in on another (callers that need it
    /// sooner keep a flag of their own the job reads). <paramref name="remove"/> also takes a job that has not started
    /// out of the store.
    /// </summary>
    public async Task InterruptAsync(string group, string name, bool remove, CancellationToken cancellationToken)
    {
        var scheduler = await GetSchedulerAsync(cancellationToken);
        var key = new JobKey(name, group);
        if (remove)
        {
            await scheduler.DeleteJob(key, cancellationToken);
        }
        await scheduler.Interrupt(key, cancellationToken);
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.RunJobs)
        {
            await GetSchedulerAsync(cancellationToken);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_scheduler is { } scheduler)
        {
            await scheduler.Shutdown(waitForJobsToComplete: false, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_scheduler is { Status: not (SchedulerStatus.Shutdown or SchedulerStatus.ShuttingDown) } scheduler)
        {
            await scheduler.Shutdown(waitForJobsToComplete: false);
        }
        _gate.Dispose();
    }
}
