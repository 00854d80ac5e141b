using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Applications.Board;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CareerNavigator.Tools.Benchmarks;

/// <summary>
/// <c>bench-board [--applications N] [--runs R] [--keep]</c>: the server time of rendering the application board of a
/// user with N applications (500 by default): the component reads the user's applications from the configured database
/// and renders every card, in a fresh DI scope signed in as that user the way a circuit is. Seeds the user (one status
/// change or more per application) and deletes them afterwards unless --keep. One cold render, 5 warm-ups, then R
/// timed renders (50 by default). Exit code 0 when the p95 meets the 200 ms target, 2 when it does not, 1 on errors.
/// </summary>
public static class BoardBenchmark
{
    private const double TargetMilliseconds = 200;
    private const int WarmUps = 5;

    private static readonly string[] Companies = ["Northwind Traders", "Contoso Health", "Fabrikam", "Adatum", "Litware", "Tailspin Toys", "Woodgrove Bank", "Proseware"];
    private static readonly string[] Roles = ["Data Analyst", "Staff Nurse", "Primary School Teacher", "Backend Developer", "Product Manager", "Electrician", "Accountant", "UX Researcher"];
    private static readonly string[] Places = ["Madrid", "Lisbon", "Berlin (hybrid)", "Remote", "Lagos", "Kraków"];
    private static readonly string[] Actions = ["Send the cover letter", "Follow up with the recruiter", "Prepare for the interview", "Ask for feedback"];

    public static Command Command()
    {
        var applications = WholeNumberOption.Between("--applications", 1, 100_000, "applications on the benchmarked board");
        applications.DefaultValueFactory = _ => 500;
        var runs = WholeNumberOption.Between("--runs", 1, 100_000, "timed renders after the warm-ups");
        runs.DefaultValueFactory = _ => 50;
        var keep = new Option<bool>("--keep") { Description = "keep the seeded user and their applications" };
        var command = new Command("bench-board", "Times the server render of one user's application board; exit 2 when the p95 target is missed.")
        {
            applications, runs, keep,
        };
        command.SetAction((parse, _) => ToolApp.RunAsync(prepareDatabase: true, services =>
            RunAsync(services, parse.GetValue(applications), parse.GetValue(runs), parse.GetValue(keep), Console.Out)));
        return command;
    }

    public static async Task<int> RunAsync(IServiceProvider services, int count, int runs, bool keep, TextWriter output)
    {
        var contextFactory = services.GetRequiredService<IDbContextFactory<CareerNavigatorDbContext>>();
        var userId = await SeedAsync(contextFactory, services.GetRequiredService<TimeProvider>(), count);
        try
        {
            await using var probe = await contextFactory.CreateDbContextAsync();
            await output.WriteLineAsync($"Application board of {count} applications, rendered on the server, on {probe.Database.ProviderName}.");
            var (cold, cards) = await TimeRenderAsync(services, userId);
            if (cards != count)
            {
                await output.WriteLineAsync($"The board showed {cards} cards, not {count}.");
                return 1;
            }
            for (var i = 0; i < WarmUps; i++)
            {
                await TimeRenderAsync(services, userId);
            }
            var times = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                times.Add((await TimeRenderAsync(services, userId)).Milliseconds);
            }
            times.Sort();
            var p95 = Percentiles.Of(times, 95);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"cold first render (not counted): {cold:F0} ms\nper render of {count} cards ({runs} runs after {WarmUps} warm-ups): p50 {Percentiles.Of(times, 50):F1} ms, p95 {p95:F1} ms, max {times[^1]:F1} ms\ntarget p95 <= {TargetMilliseconds:F0} ms: {(p95 <= TargetMilliseconds ? "met" : "MISSED")}"));
            return p95 <= TargetMilliseconds ? 0 : 2;
        }
        finally
        {
            if (!keep)
            {
                await using var db = await contextFactory.CreateDbContextAsync();
                await db.Users.Where(u => u.Id == userId).ExecuteDeleteAsync();
            }
        }
    }

    /// <summary>One render as a circuit's first one: a new scope, the user's sign-in, the query and every card as HTML.</summary>
    private static async Task<(double Milliseconds, int Cards)> TimeRenderAsync(IServiceProvider services, int userId)
    {
        await using var scope = services.CreateAsyncScope();
        var principal = await new FixedCurrentUser(userId).GetPrincipalAsync();
        ((IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<ILoggerFactory>());
        var today = DateOnly.FromDateTime(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var watch = Stopwatch.StartNew();
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(ApplicationBoard.Today)] = today });
            return (await renderer.RenderComponentAsync<ApplicationBoard>(parameters)).ToHtmlString();
        });
        var elapsed = watch.Elapsed.TotalMilliseconds;
        return (elapsed, CountCards(html));
    }

    private static int CountCards(string html)
    {
        var count = 0;
        for (var at = html.IndexOf("data-testid=\"board-card\"", StringComparison.Ordinal); at >= 0;
             at = html.IndexOf("data-testid=\"board-card\"", at + 1, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    private static async Task<int> SeedAsync(IDbContextFactory<CareerNavigatorDbContext> contextFactory, TimeProvider clock, int count)
    {
        var email = $"bench-board-{Guid.NewGuid():N}@bench.careernavigator.local";
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync();
        var user = new User
        {
            Email = email, UserName = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(),
            SecurityStamp = Guid.NewGuid().ToString(),
        };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        db.JobApplications.AddRange(Enumerable.Range(0, count).Select(i =>
        {
            var status = (ApplicationStatus)(i % 7);
            var moves = Enum.GetValues<ApplicationStatus>().Take((int)status + 1).ToList();
            return new JobApplication
            {
                UserId = user.Id, Company = Companies[i % Companies.Length], Role = Roles[i / 3 % Roles.Length],
                Location = i % 4 == 3 ? null : Places[i % Places.Length], Link = $"https://jobs.example.org/{i}",
                Deadline = i % 3 == 0 ? null : DateOnly.FromDateTime(now).AddDays(i % 40 - 10),
                AdvertText = $"{Roles[i / 3 % Roles.Length]} at {Companies[i % Companies.Length]}. You must have three years of experience.",
                Status = status, StatusChangedAt = now,
                NextAction = i % 2 == 0 ? Actions[i % Actions.Length] : null,
                NextActionDate = i % 2 == 0 ? DateOnly.FromDateTime(now).AddDays(i % 20 - 5) : null,
                StatusChanges = [.. moves.Select((to, step) => new ApplicationStatusChange
                {
                    FromStatus = step == 0 ? null : moves[step - 1], ToStatus = to, ChangedAt = now.AddDays(step - moves.Count),
                })],
            };
        }));
        await db.SaveChangesAsync();
        return user.Id;
    }
}
