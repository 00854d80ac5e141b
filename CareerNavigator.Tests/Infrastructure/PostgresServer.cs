using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace CareerNavigator.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster on 127.0.0.1 and a random port, started once per test run and removed
/// when the run ends. Set CAREERNAV_TEST_POSTGRES to a connection string (a role that may CREATE DATABASE)
/// to use an existing server instead.
/// </summary>
public sealed class PostgresServer
{
    public const string ExistingServerVariable = "CAREERNAV_TEST_POSTGRES";

    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartSharedAsync);

    private readonly string? _dataDirectory;
    private readonly string? _binDirectory;
    private readonly int _port;

    private PostgresServer(string adminConnectionString, string? dataDirectory, string? binDirectory, int port = 0)
    {
        AdminConnectionString = adminConnectionString;
        _dataDirectory = dataDirectory;
        _binDirectory = binDirectory;
        _port = port;
    }

    public string AdminConnectionString { get; }

    public static Task<PostgresServer> GetAsync() => Shared.Value;

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "cn_test_" + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static Task<PostgresServer> StartSharedAsync()
    {
        var existing = Environment.GetEnvironmentVariable(ExistingServerVariable);
        return string.IsNullOrWhiteSpace(existing)
            ? StartClusterAsync()
            : Task.FromResult(new PostgresServer(existing, null, null));
    }

    /// <summary>A cluster of the caller's own, for tests that stop and start the server; <see cref="Remove"/> it after.</summary>
    public static Task<PostgresServer> StartPrivateAsync() => StartClusterAsync();

    /// <summary>
    /// Stops the server as a restart does (private clusters only): open connections are cut, new ones refused, and what
    /// was committed stays. Not an immediate (crash) stop: the test clusters commit asynchronously, so a crash could
    /// drop the last commits (a draft saved just before), which a production server with synchronous commits keeps.
    /// </summary>
    public Task StopAsync() =>
        RunAsync(Path.Combine(Binaries, "pg_ctl"), ["-D", _dataDirectory!, "-m", "fast", "-w", "stop"], IsRoot);

    /// <summary>Starts a stopped private cluster again on the same port.</summary>
    public Task StartAgainAsync() => StartServerAsync(Binaries, _dataDirectory!, _port);

    public void Remove() => Stop();

    private string Binaries => _binDirectory ?? throw new InvalidOperationException("Only a cluster these tests started can be stopped.");

    private static async Task<PostgresServer> StartClusterAsync()
    {
        var bin = FindServerBinaries();
        var port = FreePort();
        // As root the cluster runs as `postgres`, which may not reach a private TMPDIR; /tmp it can. The
        // short path also keeps the Unix socket under its 107-character limit.
        var parent = IsRoot ? "/tmp" : Path.GetTempPath();
        RemoveStoppedClusters(parent);
        var dataDirectory = Path.Combine(parent, "careernav-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dataDirectory);
        if (IsRoot)
        {
            // PostgreSQL refuses to run as root; the cluster belongs to the postgres OS user.
            await RunAsync("chown", ["postgres", dataDirectory], asPostgres: false);
        }

        await RunAsync(Path.Combine(bin, "initdb"),
            ["-D", dataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync", "--no-instructions"], IsRoot);
        await StartServerAsync(bin, dataDirectory, port);

        var server = new PostgresServer(
            $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Include Error Detail=true",
            dataDirectory, bin, port);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    private static Task StartServerAsync(string bin, string dataDirectory, int port) =>
        RunAsync(Path.Combine(bin, "pg_ctl"),
        [
            "-D", dataDirectory, "-l", Path.Combine(dataDirectory, "server.log"), "-w", "-t", "60",
            "-o", $"-p {port} -k {dataDirectory} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200",
            "start",
        ], IsRoot);

    private void Stop()
    {
        if (_dataDirectory is null || _binDirectory is null || !Directory.Exists(_dataDirectory))
        {
            return;
        }

        try
        {
            RunAsync(Path.Combine(_binDirectory, "pg_ctl"), ["-D", _dataDirectory, "-m", "immediate", "-w", "stop"], IsRoot)
                .GetAwaiter().GetResult();
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"Could not remove the test PostgreSQL cluster at {_dataDirectory}: {e.Message}");
        }
    }

    /// <summary>A test host killed before its exit handler ran leaves its stopped cluster behind.</summary>
    private static void RemoveStoppedClusters(string parent)
    {
        foreach (var directory in Directory.EnumerateDirectories(parent, "careernav-pg-*"))
        {
            if (!File.Exists(Path.Combine(directory, "postmaster.pid"))
                && Directory.GetLastWriteTimeUtc(directory) < DateTime.UtcNow.AddMinutes(-5))
            {
                try
                {
                    Directory.Delete(directory, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Console.Error.WriteLine($"Left a stale test cluster in place ({directory}): {e.Message}");
                }
            }
        }
    }

    private static string FindServerBinaries()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("PG_BIN");
        if (fromEnvironment is not null && File.Exists(Path.Combine(fromEnvironment, "initdb")))
        {
            return fromEnvironment;
        }

        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => d, StringComparer.Ordinal)
            : Enumerable.Empty<string>();
        return candidates.FirstOrDefault() ?? throw new InvalidOperationException(
            "The tests need a PostgreSQL server and found none: install it (Debian: `apt-get install postgresql`), " +
            $"set PG_BIN to the folder holding initdb and pg_ctl, or set {ExistingServerVariable} to a connection string.");
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asPostgres)
        {
            foreach (var a in (string[])["-u", "postgres", "--", file])
            {
                start.ArgumentList.Add(a);
            }
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(file)} failed with exit code {process.ExitCode}: {await error}{await output}");
        }
    }
}
