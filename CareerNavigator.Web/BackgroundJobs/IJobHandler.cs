namespace CareerNavigator.Web.BackgroundJobs;

/// <summary>
/// Runs the jobs of one group (registered as a keyed scoped service under the group's name), in a DI scope of its own
/// per run. Throw <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> is cancelled by the
/// instance shutting down: the engine then hands the job back to the cluster, and another instance runs it again with
/// <see cref="JobRun.Recovering"/> set. A job the user cancelled should end normally.
/// </summary>
public interface IJobHandler
{
    Task RunAsync(JobRun run, CancellationToken cancellationToken);
}

/// <summary>One run of a job: its name (unique in its group), and whether it is a rerun of a run an instance did not finish.</summary>
public sealed record JobRun(string Name, bool Recovering);
