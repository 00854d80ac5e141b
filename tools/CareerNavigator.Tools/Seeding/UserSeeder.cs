using System.CommandLine;
using System.Diagnostics;
using CareerNavigator.Data;
using CareerNavigator.Data.Configurations;
using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CareerNavigator.Tools.Seeding;

/// <summary>
/// <c>seed-users --count N [--force] [--timings]</c>: fills PostgreSQL with N realistic users (profiles, onboarding, jobs, courses,
/// education, documents) through binary COPY on two connections at once, with the loaded tables' secondary indexes and
/// foreign keys dropped first and rebuilt after each table's load (<see cref="SeedSchedule"/>: a table's indexes are
/// built while the other connection still copies; the rebuild checks uniqueness and references). The load is not one
/// transaction: a failure leaves a half-seeded database, said so with the statements that would restore it; meant for
/// benchmark databases. Seeded users have no password and cannot sign in. Refuses a
/// second run, SQLite, and Production unless --force.
/// </summary>
public static class UserSeeder
{
    public const string Marker = "seed-users";
    private const int LoaderConnections = 2;
    private static readonly string[] Tables = ["users", "user_profiles", "onboarding_progress", "job_experiences", "courses", "academic_records", "generated_products"];

    public const int MaxCount = 10_000_000;

    public static Command Command()
    {
        var count = WholeNumberOption.Between("--count", 1, MaxCount, "how many users");
        count.Required = true;
        var force = new Option<bool>("--force") { Description = "run in Production too" };
        var timings = new Option<bool>("--timings") { Description = "print each step's time" };
        var command = new Command("seed-users", "Fills PostgreSQL with realistic users by binary COPY, for the admin benchmark; once per database.")
        {
            count, force, timings,
        };
        command.SetAction((parse, _) => ToolApp.RunAsync(prepareDatabase: true, services =>
            RunAsync(services, parse.GetValue(count), parse.GetValue(force), parse.GetValue(timings), Console.Out)));
        return command;
    }

    public static async Task<int> RunAsync(IServiceProvider services, int count, bool force, bool timings, TextWriter output)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxCount);
        var environment = services.GetRequiredService<IHostEnvironment>();
        if (environment.IsProduction() && !force)
        {
            await output.WriteLineAsync("seed-users refuses to run in Production; add --force if you really mean to fill this database with made-up users.");
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
        List<SeedStep> rebuild;
        int firstId;
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await ExecuteAsync(connection, "LOCK TABLE users IN EXCLUSIVE MODE");
            firstId = await ScalarAsync<int>(connection, "SELECT COALESCE(MAX(id), 0) + 1 FROM users");
            await ExecuteAsync(connection, $"SELECT setval(pg_get_serial_sequence('users', 'id'), {firstId + count - 1})");
            rebuild = await DropSecondaryStructuresAsync(connection);
            await transaction.CommitAsync();
        }

        // Contexts of their own give connections from the app's data source, which knows the enum types.
        var factory = services.GetRequiredService<IDbContextFactory<CareerNavigatorDbContext>>();
        // One backend per core: the load is CPU-bound (three connections on two cores measured slower: 72.6 s against 67.4 s).
        var contexts = new List<CareerNavigatorDbContext>();
        var loaders = new List<NpgsqlConnection>();
        for (var n = 0; n < LoaderConnections; n++)
        {
            contexts.Add(await factory.CreateDbContextAsync());
            loaders.Add(await OpenLoaderAsync(contexts[^1]));
        }
        var writer = new SeedWriter(archetypes, firstId, count, services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var copies = writer.Copies().Select(c => new SeedStep(c.Table, SeedStepKind.Copy, "COPY " + c.Table, c.Copy));
        var analyzes = Tables.Select(t => SeedStep.Statement(t, SeedStepKind.Analyze, "ANALYZE " + t));
        // Index builds first (the slow trigram ones at the head), as soon as their table is loaded; then the COPYs.
        var steps = rebuild.Where(s => s.Kind == SeedStepKind.Index).Concat(copies)
            .Concat(rebuild.Where(s => s.Kind == SeedStepKind.ForeignKey)).Concat(analyzes).ToList();
        try
        {
            var schedule = new SeedSchedule(steps);
            var totals = await schedule.RunAsync(loaders);
            if (timings)
            {
                foreach (var (step, time) in schedule.Finished)
                {
                    await output.WriteLineAsync($"{time.TotalSeconds,6:0.0} s  {step.Description}");
                }
            }
            await output.WriteLineAsync(
                $"Copied {totals[SeedStepKind.Copy].Rows:N0} rows into {Tables.Length} tables, rebuilt {rebuild.Count(s => s.Kind == SeedStepKind.Index)} indexes " +
                $"and {rebuild.Count(s => s.Kind == SeedStepKind.ForeignKey)} foreign keys and analyzed, on {LoaderConnections} connections. Time per kind of step, summed over the connections: " +
                string.Join(", ", totals.Select(t => $"{t.Key} {t.Value.Time.TotalSeconds:0.0} s")) + ".");
        }
        catch
        {
            await output.WriteLineAsync("seed-users failed after dropping the indexes and foreign keys of the seeded tables; this database is not usable by the app. Drop it, or remove the seeded rows and run:");
            foreach (var step in rebuild)
            {
                await output.WriteLineAsync(step.Description + ";");
            }
            throw;
        }
        finally
        {
            foreach (var context in contexts)
            {
                await context.DisposeAsync();
            }
        }

        await output.WriteLineAsync($"Seeded {count:N0} users in {total.Elapsed.TotalSeconds:0.0} s.");
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

    /// <summary>Drops the loaded tables' non-primary indexes and foreign keys; returns the steps that recreate them, trigram (slowest) indexes first.</summary>
    private static async Task<List<SeedStep>> DropSecondaryStructuresAsync(NpgsqlConnection connection)
    {
        var foreignKeys = new List<SeedStep>();
        var drops = new List<string>();
        await using (var command = new NpgsqlCommand(
            "SELECT conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY(@tables)", connection))
        {
            command.Parameters.AddWithValue("tables", Tables);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var table = reader.GetString(0);
                drops.Add($"ALTER TABLE {table} DROP CONSTRAINT {reader.GetString(1)}");
                foreignKeys.Add(SeedStep.Statement(table, SeedStepKind.ForeignKey, $"ALTER TABLE {table} ADD CONSTRAINT {reader.GetString(1)} {reader.GetString(2)}"));
            }
        }
        var indexes = new List<SeedStep>();
        await using (var command = new NpgsqlCommand(
            """
            SELECT i.indexrelid::regclass::text, t.relname::text, pg_get_indexdef(i.indexrelid)
            FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
            WHERE t.relname = ANY(@tables) AND NOT i.indisprimary
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            """, connection))
        {
            command.Parameters.AddWithValue("tables", Tables);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                drops.Add($"DROP INDEX {reader.GetString(0)}");
                indexes.Add(SeedStep.Statement(reader.GetString(1), SeedStepKind.Index, reader.GetString(2)));
            }
        }
        foreach (var drop in drops)
        {
            await ExecuteAsync(connection, drop);
        }
        return [.. indexes.OrderByDescending(i => i.Description.Contains("gin_trgm_ops", StringComparison.Ordinal)), .. foreignKeys];
    }

    internal static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    internal static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
