using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CareerNavigator.Tests.Hosting;

/// <summary>Runs the built app as its own process, as an operator would.</summary>
public sealed class StartupFailureTests
{
    [Fact]
    public async Task An_unreachable_postgres_gives_one_clear_line_and_a_non_zero_exit()
    {
        var port = ClosedPort();
        var (exitCode, output) = await RunAppAsync(new Dictionary<string, string>
        {
            ["DATABASE_URL"] = $"postgresql://career:secret@127.0.0.1:{port}/career_nowhere",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
        });

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"Cannot reach PostgreSQL at 127.0.0.1:{port}, database 'career_nowhere'", output);
        Assert.DoesNotContain("   at ", output);
        Assert.DoesNotContain("secret", output);
    }

    [Fact]
    public async Task A_malformed_database_url_is_reported_without_a_stack_trace()
    {
        var (exitCode, output) = await RunAppAsync(new Dictionary<string, string>
        {
            ["DATABASE_URL"] = "postgresql://career:secret@/",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
        });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("DATABASE_URL", output);
        Assert.DoesNotContain("   at ", output);
    }

    [Fact]
    public async Task Outside_development_a_start_without_a_key_encryption_certificate_gives_one_clear_line()
    {
        var database = Path.Combine(Path.GetTempPath(), $"cn-startup-{Guid.NewGuid():N}.db");
        try
        {
            var (exitCode, output) = await RunAppAsync(new Dictionary<string, string>
            {
                ["Database__Provider"] = "Sqlite",
                ["ConnectionStrings__DefaultConnection"] = $"Data Source={database}",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            });

            Assert.Equal(1, exitCode);
            Assert.Contains("Invalid configuration: DataProtection:Certificate is not set", output);
            Assert.Contains("DataProtection:AllowUnencryptedKeys=true", output);
            Assert.DoesNotContain("   at ", output);
        }
        finally
        {
            File.Delete(database);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAppAsync(IReadOnlyDictionary<string, string> environment)
    {
        var app = Path.Combine(AppContext.BaseDirectory, "CareerNavigator.Web.dll");
        var start = new ProcessStartInfo("dotnet", [app])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The app kept running although its database is unreachable.");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
