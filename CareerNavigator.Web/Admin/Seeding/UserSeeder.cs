using System.Diagnostics;
using System.Globalization;
using CareerNavigator.Data;
using CareerNavigator.Data.Configurations;
using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CareerNavigator.Web.Admin.Seeding;

/// <summary>
/// <c>seed-users --count N [--force]</c>: fills PostgreSQL with N realistic users (profiles, onboarding, jobs, courses,
/// education, documents) through binary COPY on two connections at once, with the loaded tables' secondary indexes and
/// foreign keys dropped first and rebuilt after the load, again two at a time (the rebuild checks uniqueness and
/// references). The load is not one transaction: a failure leaves a half-seeded database, said so with the statements
/// that would restore it; meant for benchmark databases. Seeded users have no password and cannot sign in. Refuses a
/// second run, SQLite, and Production unless --force.
/// </summary>
public static class UserSeeder
{
    public const string Marker = "seed-users";
    private static readonly string[] Tables = ["users", "user_profiles", "onboarding_progress", "job_experiences", "courses", "academic_records", "generated_products"];

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var environment = services.GetRequiredService<IHostEnvironment>();
        if (environment.IsProduction() && !args.Contains("--force"))
        {
            await output.WriteLineAsync("seed-users refuses to run in Production; add --force if you really mean to fill this database with made-up users.");
            return 1;
        }
        if (!int.TryParse(Option(args, "--count"), CultureInfo.InvariantCulture, out var count) || count is < 1 or > 10_000_000)
        {
            await output.WriteLineAsync("Usage: seed-users --count N (1 to 10,000,000) [--force]");
            return 1;
        }

        await using var db = await services.GetRequiredService<IDbContextFactory<CareerNavigatorDbContext>>().CreateDbContextAsync();
        if (!db.Database.IsNpgsql())
        {
            await output.WriteLineAsync("seed-users needs PostgreSQL (binary COPY); set Database:Provider=Postgres.");
            return 1;
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        if (await ScalarAsync<bool>(connection, $"SELECT EXISTS (SELECT 1 FROM users WHERE concurrency_stamp = '{Marker}')"))
        {
            await output.WriteLineAsync("This database already holds seeded users; seed-users runs once per database (use a fresh database to seed again).");
            return 1;
        }

        var total = Stopwatch.StartNew();
        var archetypes = await SeedArchetypes.BuildAsync(48);

        // Stage 1, one transaction: reserve the id range (sign-ups during the load get ids after it) and drop the
        // secondary indexes and foreign keys. Committed, so that two connections can load and rebuild in parallel.
        List<string> indexes, foreignKeys;
        int firstId;
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await ExecuteAsync(connection, "LOCK TABLE users IN EXCLUSIVE MODE");
            firstId = await ScalarAsync<int>(connection, "SELECT COALESCE(MAX(id), 0) + 1 FROM users");
            await ExecuteAsync(connection, $"SELECT setval(pg_get_serial_sequence('users', 'id'), {firstId + count - 1})");
            (indexes, foreignKeys) = await DropSecondaryStructuresAsync(connection);
            await transaction.CommitAsync();
        }

        // Contexts of their own give connections from the app's data source, which knows the enum types.
        var factory = services.GetRequiredService<IDbContextFactory<CareerNavigatorDbContext>>();
        await using var firstContext = await factory.CreateDbContextAsync();
        await using var secondContext = await factory.CreateDbContextAsync();
        var first = await OpenLoaderAsync(firstContext);
        var second = await OpenLoaderAsync(secondContext);
        try
        {
            var load = Stopwatch.StartNew();
            var rows = await new SeedWriter(archetypes, firstId, count, DateTime.UtcNow).WriteAllAsync(first, second);
            await output.WriteLineAsync($"Copied {rows.Describe()} in {load.Elapsed.TotalSeconds:0.0} s (two connections).");

            // Indexes before foreign keys (unique ones check the data); the checks of the foreign keys use the
            // users primary key, which the load kept. Each set is shared out over the two connections.
            var rebuild = Stopwatch.StartNew();
            await InParallelAsync(first, second, indexes);
            await InParallelAsync(first, second, foreignKeys);
            await output.WriteLineAsync($"Rebuilt {indexes.Count} indexes and {foreignKeys.Count} foreign keys in {rebuild.Elapsed.TotalSeconds:0.0} s (two connections).");
        }
        catch
        {
            await output.WriteLineAsync("seed-users failed after dropping the indexes and foreign keys of the seeded tables; this database is not usable by the app. Drop it, or remove the seeded rows and run:");
            foreach (var statement in indexes.Concat(foreignKeys))
            {
                await output.WriteLineAsync(statement + ";");
            }
            throw;
        }

        var analyze = Stopwatch.StartNew();
        await ExecuteAsync(connection, "ANALYZE " + string.Join(", ", Tables));
        await output.WriteLineAsync($"Analyzed in {analyze.Elapsed.TotalSeconds:0.0} s. Seeded {count:N0} users in {total.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }

    private static async Task<NpgsqlConnection> OpenLoaderAsync(CareerNavigatorDbContext context)
    {
        var connection = (NpgsqlConnection)context.Database.GetDbConnection();
        await connection.OpenAsync();
        // Session settings for a bulk load only: sort memory for index builds, no wait for the WAL flush at each
        // commit (a crash loses at most the last commits, never consistency), and lz4 rather than pglz for the
        // documents that go to TOAST (several times faster to compress; PostgreSQL 14+ built with lz4, as Debian's is).
        await ExecuteAsync(connection, "SET maintenance_work_mem = '512MB'; SET synchronous_commit = off; SET max_parallel_maintenance_workers = 0");
        await TrySetAsync(connection, "default_toast_compression", "lz4");
        return connection;
    }

    /// <summary>Applies a session setting the server may not support (an older or differently built PostgreSQL keeps its default).</summary>
    private static async Task TrySetAsync(NpgsqlConnection connection, string name, string value)
    {
        await using var command = new NpgsqlCommand("SELECT set_config(@name, @value, false)", connection);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("value", value);
        try
        {
            await command.ExecuteScalarAsync();
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InvalidParameterValue or PostgresErrorCodes.UndefinedObject)
        {
        }
    }

    /// <summary>Runs the statements on two connections at once, each taking the next one when it is free.</summary>
    private static async Task InParallelAsync(NpgsqlConnection first, NpgsqlConnection second, IReadOnlyList<string> statements)
    {
        var next = -1;
        async Task Drain(NpgsqlConnection connection)
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < statements.Count)
            {
                await ExecuteAsync(connection, statements[index]);
            }
        }
        await Task.WhenAll(Task.Run(() => Drain(first)), Task.Run(() => Drain(second)));
    }

    /// <summary>Drops the loaded tables' non-primary indexes and foreign keys; returns the statements that recreate them, trigram (slowest) indexes first.</summary>
    private static async Task<(List<string> Indexes, List<string> ForeignKeys)> DropSecondaryStructuresAsync(NpgsqlConnection connection)
    {
        var recreate = new List<string>();
        var drops = new List<string>();
        await using (var foreignKeys = new NpgsqlCommand(
            "SELECT conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY(@tables)", connection))
        {
            foreignKeys.Parameters.AddWithValue("tables", Tables);
            await using var reader = await foreignKeys.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                drops.Add($"ALTER TABLE {reader.GetString(0)} DROP CONSTRAINT {reader.GetString(1)}");
                recreate.Add($"ALTER TABLE {reader.GetString(0)} ADD CONSTRAINT {reader.GetString(1)} {reader.GetString(2)}");
            }
        }
        var indexStatements = new List<string>();
        await using (var indexes = new NpgsqlCommand(
            """
            SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
            FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
            WHERE t.relname = ANY(@tables) AND NOT i.indisprimary
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            """, connection))
        {
            indexes.Parameters.AddWithValue("tables", Tables);
            await using var reader = await indexes.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                drops.Add($"DROP INDEX {reader.GetString(0)}");
                indexStatements.Add(reader.GetString(1));
            }
        }
        foreach (var drop in drops)
        {
            await ExecuteAsync(connection, drop);
        }
        return ([.. indexStatements.OrderByDescending(i => i.Contains("gin_trgm_ops", StringComparison.Ordinal))], recreate);
    }

    internal static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
