namespace CareerNavigator.Web.Database;

/// <summary>
/// Runs a piece of database work again while the database is away for a moment (a restart, a failover), so a person
/// mid-form loses nothing: the caller says what to show while waiting. Anything that is not a database fault, and a
/// fault that outlasts <see cref="Patience"/>, reaches the caller.
/// </summary>
public static class DatabasePatience
{
    /// <summary>How long work keeps being retried while the database is unreachable, and how often.</summary>
    internal static TimeSpan Patience { get; set; } = TimeSpan.FromSeconds(60);
    internal static TimeSpan Pause { get; set; } = TimeSpan.FromSeconds(2);

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
            catch (Exception e) when (DatabaseFaults.IsTransient(e) && clock.GetUtcNow() < giveUpAt)
            {
                logger.LogWarning(e, "The database is unreachable while {What}; retrying.", what);
                whileWaiting();
                await Task.Delay(Pause, clock);
            }
        }
    }
}
