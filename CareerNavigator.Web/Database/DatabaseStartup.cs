using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using CareerNavigator.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CareerNavigator.Web.Database;

public static class DatabaseStartup
{
    /// <summary>
    /// Checks that the database answers and that its schema is current, migrating it where configured
    /// (Development and the embedded SQLite default). Returns false after logging one clear line when the
    /// app cannot start.
    /// </summary>
    public static async Task<bool> PrepareDatabaseAsync(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CareerNavigator.Database");
        if (!TryResolve(app, logger, out var connection))
        {
            return false;
        }

        var migrate = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStartup
                      ?? (app.Environment.IsDevelopment() || connection.Provider == DatabaseProvider.Sqlite);

        if (!await CanReachAsync(connection, logger, creatingIsFine: migrate))
        {
            return false;
        }

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<CareerNavigatorDbContext>>().CreateDbContextAsync();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        if (pending.Count == 0)
        {
            return true;
        }

        if (!migrate)
        {
            logger.LogCritical(
                "{Database} has {Count} pending migration(s). Apply them with `dotnet CareerNavigator.Web.dll migrate` (or `dotnet run --project CareerNavigator.Web -- migrate`).",
                connection.Describe(), pending.Count);
            return false;
        }

        logger.LogInformation("Applying {Count} migration(s) to {Database}.", pending.Count, connection.Describe());
        await db.Database.MigrateAsync();
        return true;
    }

    /// <summary>The deliberate production step: `dotnet CareerNavigator.Web.dll migrate`.</summary>
    public static async Task<int> MigrateAndExitAsync(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CareerNavigator.Database");
        if (!TryResolve(app, logger, out var connection) || !await CanReachAsync(connection, logger, creatingIsFine: true))
        {
            return 1;
        }

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<CareerNavigatorDbContext>>().CreateDbContextAsync();
        await db.Database.MigrateAsync();
        logger.LogInformation("{Database} is up to date.", connection.Describe());
        return 0;
    }

    private static bool TryResolve(WebApplication app, ILogger logger, [NotNullWhen(true)] out DatabaseConnection? connection)
    {
        try
        {
            connection = app.Services.GetRequiredService<DatabaseConnection>();
            return true;
        }
        catch (DatabaseConfigurationException e)
        {
            logger.LogCritical("The database is not configured correctly: {Reason}", e.Message);
            connection = null;
            return false;
        }
    }

    /// <param name="creatingIsFine">The server answers but the database is missing: migrating will create it.</param>
    private static async Task<bool> CanReachAsync(DatabaseConnection connection, ILogger logger, bool creatingIsFine)
    {
        if (connection.Provider != DatabaseProvider.Postgres)
        {
            return true;
        }

        var builder = new NpgsqlConnectionStringBuilder(connection.ConnectionString) { Timeout = 5, Pooling = false };
        try
        {
            await using var probe = new NpgsqlConnection(builder.ConnectionString);
            await probe.OpenAsync();
            return true;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName && creatingIsFine)
        {
            logger.LogInformation("{Database} does not exist yet; migrating creates it.", connection.Describe());
            return true;
        }
        catch (Exception e) when (e is DbException or System.Net.Sockets.SocketException or TimeoutException or InvalidOperationException)
        {
            logger.LogCritical("Cannot reach {Database}: {Reason}", connection.Describe(), e.Message);
            return false;
        }
    }
}
