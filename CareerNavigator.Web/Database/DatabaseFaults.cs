using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CareerNavigator.Web.Database;

/// <summary>Failures that mean "the database is away for a moment" (restart, failover, dropped connection), not a bug.</summary>
public static class DatabaseFaults
{
    public static bool IsTransient(Exception exception) => exception switch
    {
        RetryLimitExceededException => true,
        NpgsqlException { IsTransient: true } => true,
        // A server shutting down or restarting: admin shutdown, crash shutdown, cannot connect now; and lost connections.
        PostgresException { SqlState: var state } when state.StartsWith("57P", StringComparison.Ordinal) || state.StartsWith("08", StringComparison.Ordinal) => true,
        NpgsqlException { InnerException: System.Net.Sockets.SocketException or IOException or EndOfStreamException } => true,
        TimeoutException => true,
        _ => exception.InnerException is { } inner && IsTransient(inner),
    };
}
