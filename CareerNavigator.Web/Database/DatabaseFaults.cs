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
        TimeoutException => true,
        _ => exception.InnerException is { } inner && IsTransient(inner),
    };
}
