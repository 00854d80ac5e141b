using System.ComponentModel.DataAnnotations;

namespace CareerNavigator.Web.BackgroundJobs;

/// <summary>
/// <c>Jobs:*</c>: the job engine (Quartz.NET, its job store in the app's database). On PostgreSQL every instance joins
/// one cluster: a job whose instance stops is taken over by another within <see cref="CheckinInterval"/> plus
/// <see cref="CheckinMisfireThreshold"/>. The embedded SQLite default is one instance.
/// </summary>
public sealed class JobEngineOptions
{
    public const string Section = "Jobs";

    /// <summary>Whether this process runs jobs. Off for the command-line tools; jobs queued meanwhile wait in the store.</summary>
    public bool RunJobs { get; set; } = true;

    /// <summary>This instance's id in the cluster, unique per instance; empty: the host name and a random suffix.</summary>
    public string? InstanceId { get; set; }

    /// <summary>How many jobs one instance runs at once (model work waits on the network, not on the CPU).</summary>
    [Range(1, 200)]
    public int MaxConcurrentJobs { get; set; } = 20;

    /// <summary>
    /// How long an idle instance waits before it looks for jobs queued by another instance (the queuing instance starts
    /// its own at once, unless it is running <see cref="MaxConcurrentJobs"/> already).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan IdleWaitTime { get; set; } = TimeSpan.FromSeconds(5);

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(15);

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan CheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(20);
}
