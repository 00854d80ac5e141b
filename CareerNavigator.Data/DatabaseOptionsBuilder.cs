using CareerNavigator.Data.Entities;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CareerNavigator.Data;

/// <summary>How every context of this app is configured: the app, the design-time factories and the tests share it.</summary>
public static class DatabaseOptionsBuilder
{
    public static DbContextOptionsBuilder UseCareerNavigatorDatabase(
        this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        _ = provider switch
        {
            DatabaseProvider.Postgres => options.UseNpgsql(WithPreparedStatements(connectionString), npgsql => npgsql
                .MapEnum<UserGroup>("user_group")
                .MapEnum<ProductType>("product_type")
                // A few quick retries absorb a blip; a longer outage reaches the UI, which tells the user
                // and keeps retrying itself (ProfileEditorBase) instead of freezing for a minute.
                .EnableRetryOnFailure(maxRetryCount: 3, maxRetryDelay: TimeSpan.FromSeconds(2), errorCodesToAdd: null)),
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
        return options.UseSnakeCaseNamingConvention();
    }

    /// <summary>
    /// Npgsql prepares the statements a connection runs often (<c>Max Auto Prepare</c>), so PostgreSQL skips parsing
    /// and planning them: the wizard's few queries are most of what the server runs, and in the onboarding load run
    /// PostgreSQL shares the app's core. A connection string that sets the option itself keeps its value (0 turns it
    /// off, e.g. behind a PgBouncer older than 1.21 in transaction mode).
    /// </summary>
    public static string WithPreparedStatements(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
        }
        return builder.ConnectionString;
    }

    public static DbContextOptions<TContext> For<TContext>(DatabaseProvider provider, string connectionString)
        where TContext : DbContext =>
        (DbContextOptions<TContext>)new DbContextOptionsBuilder<TContext>()
            .UseCareerNavigatorDatabase(provider, connectionString)
            .Options;
}
