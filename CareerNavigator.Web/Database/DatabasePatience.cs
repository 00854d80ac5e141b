using CareerNavigator.Data;

namespace CareerNavigator.Web.Database;

/// <summary>
/// The page tier of <see cref="DatabaseRetryPolicy"/>: runs a save again while the database is away (a restart, a
/// failover), so a person mid-form loses nothing; the caller says what to show while waiting. Anything that is not a
/// database fault, and a fault that outlasts <see cref="Patience"/>, reaches the caller.
/// </summary>
public static class DatabasePatience
{
    /// <summary>How long work keeps being retried while the database is unreachable, and how often (tests shorten them).</summary>
    internal static TimeSpan Patience { get; set; } = DatabaseRetryPolicy.OutagePatience;
    internal static TimeSpan Pause { get; set; } = DatabaseRetryPolicy.OutagePause;

    public static async Task RunAsync(Func<Task> work, Action whileWaiting, ILogger logger, string what, TimeProvider clock)
    {
        var giveUpAt = clock.GetUtcNow() + Patience;
        while (true)
        {
            try
            {
                await work();
                return;
            }
            catch (Exception e) when (DatabaseRetryPolicy.IsTransient(e) && clock.GetUtcNow() < giveUpAt)
            {
                logger.LogWarning(e, "The database is unreachable while {What}; retrying.", what);
                whileWaiting();
                await Task.Delay(Pause, clock);
            }
        }
    }
}
