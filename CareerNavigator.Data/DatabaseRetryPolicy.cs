using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CareerNavigator.Data;

/// <summary>
/// The app's one rule for a database that is away for a moment (a restart, a failover, a dropped connection). Which
/// failures count as "away" is <see cref="IsTransient"/>, and two tiers act on it:
/// <list type="number">
/// <item>Every statement and every <c>SaveChanges</c> on PostgreSQL is retried by EF's execution strategy
/// (<see cref="TransientFaultExecutionStrategy"/>): <see cref="StatementRetries"/> times, waiting at most
/// <see cref="StatementRetryMaxDelay"/>, so a blip costs a few seconds and nobody sees it.</item>
/// <item>A page holding a person's unsaved input (a profile editor, a wizard step) runs its save again for up to
/// <see cref="OutagePatience"/>, every <see cref="OutagePause"/>, saying on screen that it is reconnecting
/// (<c>CareerNavigator.Web.Database.DatabasePatience</c>), so a restart loses nothing they typed.</item>
/// </list>
/// SQLite is a file in the app's own process: nothing to reconnect to, so nothing is retried. A conflict — a unique key
/// another tab took first, a row changed since it was read (a concurrency token) — is not a fault and is never retried
/// here: the service that meets it decides (a change that named the version it started from answers "changed
/// meanwhile"; one that named none is applied again to the newest row, <c>CareerNavigator.Web.Profiles.VersionedSave</c>).
/// </summary>
public static class DatabaseRetryPolicy
{
    public const int StatementRetries = 3;
    public static readonly TimeSpan StatementRetryMaxDelay = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan OutagePatience = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan OutagePause = TimeSpan.FromSeconds(2);

    /// <summary>Failures that mean "the database is away for a moment", not a bug or a conflict.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        // The statement tier gave up: the outage outlasted it.
        RetryLimitExceededException => true,
        NpgsqlException { IsTransient: true } => true,
        // A server shutting down or restarting (admin or crash shutdown, cannot connect now) and lost connections.
        PostgresException { SqlState: var state } when state.StartsWith("57P", StringComparison.Ordinal) || state.StartsWith("08", StringComparison.Ordinal) => true,
        NpgsqlException { InnerException: System.Net.Sockets.SocketException or IOException or EndOfStreamException } => true,
        TimeoutException => true,
        _ => exception.InnerException is { } inner && IsTransient(inner),
    };
}

/// <summary>EF's retrying execution strategy with <see cref="DatabaseRetryPolicy"/>'s classification and limits.</summary>
public sealed class TransientFaultExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : ExecutionStrategy(dependencies, DatabaseRetryPolicy.StatementRetries, DatabaseRetryPolicy.StatementRetryMaxDelay)
{
    protected override bool ShouldRetryOn(Exception exception) =>
        exception is not RetryLimitExceededException && DatabaseRetryPolicy.IsTransient(exception);
}
