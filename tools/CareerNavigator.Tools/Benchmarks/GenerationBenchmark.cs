using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.DemoData;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tools.Benchmarks;

/// <summary>
/// <c>bench-generation [--users N] [--user-email E] [--keep]</c>: times built-in generation of all nine
/// products end to end (load, generate, validate, store) for N users, against the configured database.
/// Seeds N demo personas (plus one for a cold warm-up run) and deletes them afterwards unless --keep;
/// --user-email uses an existing account instead and adds nine versions to it per run.
/// Exit code 0 when the p95 of a full set meets the 0.3 s target (DESIGN.md §8), 2 when it does not, 1 on errors.
/// </summary>
public static class GenerationBenchmark
{
    private const double TargetMilliseconds = 300;

    public static Command Command()
    {
        var users = WholeNumberOption.Between("--users", 1, 100_000, "timed sets of nine products, one user each");
        users.DefaultValueFactory = _ => 20;
        var userEmail = new Option<string?>("--user-email") { Description = "generate for this existing account instead of seeded personas" };
        var keep = new Option<bool>("--keep") { Description = "keep the seeded personas and their documents" };
        var command = new Command("bench-generation", "Times built-in generation of all nine products end to end; exit 2 when the p95 target is missed.")
        {
            users, userEmail, keep,
        };
        command.SetAction((parse, _) => ToolApp.RunAsync(prepareDatabase: true, services =>
            RunAsync(services, parse.GetValue(users), parse.GetValue(userEmail), parse.GetValue(keep), Console.Out)));
        return command;
    }

    public static async Task<int> RunAsync(IServiceProvider services, int users, string? existingEmail, bool keep, TextWriter output)
    {
        var contextFactory = services.GetRequiredService<IDbContextFactory<CareerNavigatorDbContext>>();
        var runId = Guid.NewGuid().ToString("N")[..8];

        List<int> userIds;
        if (existingEmail is not null)
        {
            await using var db = await contextFactory.CreateDbContextAsync();
            var id = await db.Users.Where(u => u.Email == existingEmail).Select(u => (int?)u.Id).SingleOrDefaultAsync();
            if (id is null)
            {
                await output.WriteLineAsync($"No user with email {existingEmail}.");
                return 1;
            }
            userIds = [.. Enumerable.Repeat(id.Value, users + 1)];
        }
        else
        {
            userIds = await SeedAsync(contextFactory, runId, users + 1);
        }

        try
        {
            await using var probe = await contextFactory.CreateDbContextAsync();
            await output.WriteLineAsync($"Built-in generation of all nine products, end to end, for {users} users on {probe.Database.ProviderName}.");
            var cold = await TimeFullSetAsync(services, userIds[0]);
            var sets = new List<double>();
            var total = Stopwatch.StartNew();
            foreach (var userId in userIds.Skip(1))
            {
                sets.Add(await TimeFullSetAsync(services, userId));
            }
            total.Stop();

            sets.Sort();
            var p95 = Percentiles.Of(sets, 95);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"cold first set (not counted): {cold:F0} ms\nper full set of nine: p50 {Percentiles.Of(sets, 50):F0} ms, p95 {p95:F0} ms, max {sets[^1]:F0} ms\ntotal: {total.Elapsed.TotalMilliseconds:F0} ms for {sets.Count} sets ({sets.Count * 9} products)\ntarget p95 <= {TargetMilliseconds:F0} ms per set: {(p95 <= TargetMilliseconds ? "met" : "MISSED")}"));
            return p95 <= TargetMilliseconds ? 0 : 2;
        }
        catch (Exception ex) when (ex is GenerationFailedException or DbUpdateException)
        {
            await output.WriteLineAsync($"Generation failed: {ex.Message}");
            return 1;
        }
        finally
        {
            if (existingEmail is null && !keep)
            {
                await using var db = await contextFactory.CreateDbContextAsync();
                await db.Users.Where(u => userIds.Contains(u.Id)).ExecuteDeleteAsync();
            }
        }
    }

    private static async Task<double> TimeFullSetAsync(IServiceProvider services, int userId)
    {
        await using var scope = services.CreateAsyncScope();
        var service = ActivatorUtilities.CreateInstance<ProductGenerationService>(scope.ServiceProvider,
            new FixedCurrentUser(userId), (IProductGenerator)new BuiltInProductGenerator());
        var watch = Stopwatch.StartNew();
        // The user's own nine documents; a cover letter is written per application, not in a full set.
        foreach (var type in ProductCatalog.Default.All.Where(d => d.Ownership == Ownership.StandsAlone).Select(d => d.Type))
        {
            await service.GenerateAsync(type, progress: null, CancellationToken.None);
        }
        return watch.Elapsed.TotalMilliseconds;
    }

    private static async Task<List<int>> SeedAsync(IDbContextFactory<CareerNavigatorDbContext> contextFactory, string runId, int count)
    {
        await using var db = await contextFactory.CreateDbContextAsync();
        var personas = Enumerable.Range(0, count).Select(i => DemoPersonas.All[i % DemoPersonas.All.Count]).ToList();
        var users = personas.Select((persona, i) => DemoPersonaUsers.Create(persona, $"bench-{runId}-{i}@bench.careernavigator.local")).ToList();
        db.Users.AddRange(users);
        await db.SaveChangesAsync();
        for (var i = 0; i < users.Count; i++)
        {
            await DemoPersonaUsers.AddGoalOccupationAsync(db, users[i].Id, personas[i]);
        }
        await db.SaveChangesAsync();
        return [.. users.Select(u => u.Id)];
    }
}
