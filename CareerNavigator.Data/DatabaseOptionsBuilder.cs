using CareerNavigator.Data.Entities;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CareerNavigator.Data;

/// <summary>How every context of this app is configured: the app, the design-time factories and the tests share it.</summary>
public static class DatabaseOptionsBuilder
{
    /// <param name="clock">What stamps rows' created and updated times (<see cref="TimestampInterceptor"/>); the system clock when null.</param>
    public static DbContextOptionsBuilder UseCareerNavigatorDatabase(
        this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString, TimeProvider? clock = null)
    {
        options.AddInterceptors(new TimestampInterceptor(clock ?? TimeProvider.System));
        _ = provider switch
        {
            DatabaseProvider.Postgres => options.UseNpgsql(WithConnectionDefaults(connectionString), npgsql => npgsql
                .MapEnum<UserGroup>("user_group")
                .MapEnum<ProductType>("product_type")
                // The statement tier of DatabaseRetryPolicy; a longer outage reaches the page, which says so.
                .ExecutionStrategy(dependencies => new TransientFaultExecutionStrategy(dependencies))),
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
        return options.UseSnakeCaseNamingConvention();
    }

    /// <summary>
    /// Two Npgsql settings for the wizard's many small statements, each kept when the connection string sets it itself:
    /// <list type="bullet">
    /// <item><c>Max Auto Prepare=64</c>: Npgsql prepares the statements a connection runs often, so PostgreSQL skips
    /// parsing and planning them (0 turns it off, e.g. behind a PgBouncer older than 1.21 in transaction mode).</item>
    /// <item><c>No Reset On Close=true</c>: a connection going back to the pool is not reset. The reset is seven
    /// commands (<c>RESET ALL; CLOSE ALL; UNLISTEN *; DISCARD TEMP</c>…) sent with the next statement, so every
    /// short-lived context paid for it. The app leaves no session state behind: no <c>SET</c> outside a transaction, no
    /// temporary tables, no <c>LISTEN</c>, no advisory lock held past a migration.</item>
    /// </list>
    /// In the onboarding load run PostgreSQL shares the app's core, so what it parses and runs is the app's capacity.
    /// </summary>
    public static string WithConnectionDefaults(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
        }
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }
        return builder.ConnectionString;
    }

    public static DbContextOptions<TContext> For<TContext>(DatabaseProvider provider, string connectionString, TimeProvider? clock = null)
        where TContext : DbContext =>
        (DbContextOptions<TContext>)new DbContextOptionsBuilder<TContext>()
            .UseCareerNavigatorDatabase(provider, connectionString, clock)
            .Options;
}
