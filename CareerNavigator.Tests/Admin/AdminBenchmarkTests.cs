using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tools.Benchmarks;
using CareerNavigator.Tools.Seeding;

namespace CareerNavigator.Tests.Admin;

/// <summary>
/// <c>bench-admin</c> is part of <c>bench.sh</c>: on a database with fewer than 1,000 pages of users it measures the
/// deepest page there is and says so, instead of failing the whole benchmark run.
/// </summary>
public sealed class AdminBenchmarkTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task A_small_database_is_measured_to_its_deepest_page()
    {
        await using var services = CommandServices.For(database);
        Assert.Equal(0, await UserSeeder.RunAsync(services, count: 2000, force: false, timings: false, TextWriter.Null));

        var output = new StringWriter();
        var exit = await AdminBenchmark.RunAsync(services, runs: 3, output);

        // 0 when every timing target is met, 2 when one is missed (this machine is busy running tests): never an error.
        Assert.Contains(exit, new[] { 0, 2 });
        var report = output.ToString();
        Assert.Contains("2,000 users", report);
        Assert.Contains("Only 40 pages of users: the deep keyset case reads page 40, not 1,000.", report);
        Assert.Contains("page 40 (deep keyset)", report);
        Assert.Contains("open one record", report);
    }
}
