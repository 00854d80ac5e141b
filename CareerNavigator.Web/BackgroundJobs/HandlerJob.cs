using Quartz;

namespace CareerNavigator.Web.BackgroundJobs;

/// <summary>
/// The one Quartz job type of the app: it opens a DI scope of the app's container and hands the run to the
/// <see cref="IJobHandler"/> registered under the job's group, so job code is ordinary app services.
/// </summary>
internal sealed class HandlerJob(AppServices app) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var key = context.JobDetail.Key;
        await using var scope = app.Provider.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredKeyedService<IJobHandler>(key.Group);
        await handler.RunAsync(new JobRun(key.Name, context.Recovering), cancellationToken);
    }
}

/// <summary>The app's container, handed to the engine's own container (which <see cref="Quartz.QuartzSchedulerBuilder"/> builds).</summary>
internal sealed record AppServices(IServiceProvider Provider);
