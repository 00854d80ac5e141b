using System.CommandLine;
using System.Diagnostics;
using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerNavigator.Tools.Benchmarks;

/// <summary>
/// <c>bench-admin [--runs N]</c>: runs the admin user browser's real queries (the ones <see cref="UserSearchService"/>
/// and <see cref="AdminUserRecordService"/> run, without the role check) against the configured database and prints
/// p50/p95/max per case. Exit 0 when every target is met, 2 when one is not, 1 on errors.
/// </summary>
public static class AdminBenchmark
{
    public static Command Command()
    {
        var runs = WholeNumberOption.Between("--runs", 1, 100_000, "timed runs per case");
        runs.DefaultValueFactory = _ => 50;
        var command = new Command("bench-admin", "Times the admin user browser's queries (run seed-users first); exit 2 when a target is missed.") { runs };
        command.SetAction((parse, _) => ToolApp.RunAsync(prepareDatabase: true, services => RunAsync(services, parse.GetValue(runs), Console.Out)));
        return command;
    }

    public static async Task<int> RunAsync(IServiceProvider services, int runs, TextWriter output)
    {
        var factory = services.GetRequiredService<IDbContextFactory<CareerNavigatorDbContext>>();
        await using (var probe = await factory.CreateDbContextAsync())
        {
            var users = await probe.Users.CountAsync();
            await output.WriteLineAsync($"Admin user browser on {probe.Database.ProviderName}, {users:N0} users, {runs} runs per case (after 3 warm-up runs).");
            if (users < 1000)
            {
                await output.WriteLineAsync("Seed first: seed-users --count 1000000");
                return 1;
            }
        }

        var fragments = new[] { "silva12", "kowal", "ngozi.o", "example.org", "santos99", "tanaka7", "chen3", "murphy1" };
        var deepCursor = await DeepCursorAsync(factory, 1000);
        if (deepCursor.Page < 1000)
        {
            await output.WriteLineAsync($"Only {deepCursor.Page:N0} pages of users: the deep keyset case reads page {deepCursor.Page:N0}, not 1,000.");
        }
        var ids = await SampleIdsAsync(factory, runs);
        var cases = new (string Name, double Target, Func<int, Task> Run)[]
        {
            ("first page (newest 50)", 100, _ => PageAsync(factory, new UserSearchQuery())),
            ("next page (keyset)", 30, _ => PageAsync(factory, new UserSearchQuery { After = deepCursor.Second })),
            ("search by fragment", 100, r => PageAsync(factory, new UserSearchQuery { Text = fragments[r % fragments.Length] })),
            ("filter by group", 100, r => PageAsync(factory, new UserSearchQuery { Group = (UserGroup)(r % 4) })),
            ("group + complete + active CV", 100, r => PageAsync(factory, new UserSearchQuery { Group = (UserGroup)(r % 4), OnboardingComplete = true, HasActiveCv = true })),
            ($"page {deepCursor.Page:N0} (deep keyset)", 30, _ => PageAsync(factory, new UserSearchQuery { After = deepCursor.Deep })),
            ("count (estimate or capped)", 100, r => CountAsync(factory, new UserSearchQuery { Group = r % 2 == 0 ? null : (UserGroup)(r % 4) })),
            ("open one record", 50, r => OpenAsync(factory, ids[r % ids.Count])),
        };

        var allMet = true;
        await output.WriteLineAsync($"{"case",-32} {"p50",8} {"p95",8} {"max",8} {"target",8}");
        foreach (var (name, target, run) in cases)
        {
            for (var w = 0; w < 3; w++)
            {
                await run(w);
            }
            var times = new List<double>();
            for (var r = 0; r < runs; r++)
            {
                var watch = Stopwatch.StartNew();
                await run(r);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            var p95 = times[(int)Math.Ceiling(0.95 * times.Count) - 1];
            allMet &= p95 <= target;
            await output.WriteLineAsync($"{name,-32} {times[times.Count / 2],6:0.0}ms {p95,6:0.0}ms {times[^1],6:0.0}ms {"≤" + target + "ms",8} {(p95 <= target ? "met" : "MISSED")}");
        }
        return allMet ? 0 : 2;
    }

    private static async Task PageAsync(IDbContextFactory<CareerNavigatorDbContext> factory, UserSearchQuery query)
    {
        await using var db = await factory.CreateDbContextAsync();
        await UserSearchQueries.PageAsync(db, query, CancellationToken.None);
    }

    private static async Task CountAsync(IDbContextFactory<CareerNavigatorDbContext> factory, UserSearchQuery query)
    {
        await using var db = await factory.CreateDbContextAsync();
        await UserSearchQueries.CountAsync(db, query, UserSearchService.CountCap, CancellationToken.None);
    }

    private static async Task OpenAsync(IDbContextFactory<CareerNavigatorDbContext> factory, int id)
    {
        await using var db = await factory.CreateDbContextAsync();
        await AdminUserRecordQuery.LoadAsync(db, id, NullLogger.Instance, CancellationToken.None);
    }

    /// <summary>
    /// Walks up to <paramref name="pages"/> pages once, as an admin clicking Next would, and keeps the cursors of page 2
    /// and of the last page reached (fewer pages when the database has fewer users).
    /// </summary>
    private static async Task<(string Second, string Deep, int Page)> DeepCursorAsync(IDbContextFactory<CareerNavigatorDbContext> factory, int pages)
    {
        await using var db = await factory.CreateDbContextAsync();
        string? cursor = null;
        string? second = null;
        var page = 1;
        while (page < pages
               && (await UserSearchQueries.PageAsync(db, new UserSearchQuery { After = cursor }, CancellationToken.None)).NextCursor is { } next)
        {
            cursor = next;
            second ??= cursor;
            page++;
        }
        return second is null ? throw new InvalidOperationException("The database has only one page of users.") : (second, cursor!, page);
    }

    private static async Task<List<int>> SampleIdsAsync(IDbContextFactory<CareerNavigatorDbContext> factory, int count)
    {
        await using var db = await factory.CreateDbContextAsync();
        var max = await db.Users.MaxAsync(u => u.Id);
        var random = new Random(6);
        var ids = new List<int>();
        while (ids.Count < count)
        {
            var from = random.Next(1, max);
            var id = await db.Users.Where(u => u.Id >= from).OrderBy(u => u.Id).Select(u => u.Id).FirstAsync();
            ids.Add(id);
        }
        return ids;
    }
}
