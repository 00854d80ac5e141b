using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.BackgroundJobs;
using CareerNavigator.Web.DemoData;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Generation.Jobs;
using CareerNavigator.Web.Products.Types;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CareerNavigator.Tools.Benchmarks;

/// <summary>
/// <c>bench-job-path [--runs N]</c>: how long a model generation run as a job takes from the click to its first streamed
/// token on the page, against the configured database, with a loopback OpenAI-compatible model that answers at once.
/// The page is followed as <c>GenerationPanel</c> follows it (the run's change signal, then a read of the job's row).
/// The same generation run in-process (no job) is timed to its first token too: the difference is the job path's
/// overhead. Seeds one demo persona and deletes it afterwards. Exit code 0 when the overhead's p95 is within 100 ms,
/// 2 when it is not, 1 on errors.
/// </summary>
public static class JobPathBenchmark
{
    private const double TargetMilliseconds = 100;
    private const ProductType Type = ProductType.CareerPlan1Y;

    public static Command Command()
    {
        var runs = WholeNumberOption.Between("--runs", 1, 10_000, "timed generations on each path");
        runs.DefaultValueFactory = _ => 50;
        var command = new Command("bench-job-path", "Times click → first streamed token on the page for a model generation run as a job; exit 2 when the overhead's p95 exceeds 100 ms.")
        {
            runs,
        };
        command.SetAction(async (parse, _) =>
        {
            await using var model = await InstantModel.StartAsync();
            // The configuration the app is built from below: a model that answers at once, no daily limit in the way.
            Environment.SetEnvironmentVariable("Generation__Provider", "OpenAI");
            Environment.SetEnvironmentVariable("Generation__Endpoint", model.Url + "/v1");
            Environment.SetEnvironmentVariable("Generation__Model", "bench");
            Environment.SetEnvironmentVariable("Generation__ApiKey", "bench");
            Environment.SetEnvironmentVariable("Generation__DailyLimit", "10000");
            return await ToolApp.RunAsync(prepareDatabase: true, services => RunAsync(services, model, parse.GetValue(runs), Console.Out));
        });
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, InstantModel model, int runs, TextWriter output)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<CareerNavigatorDbContext>>();
        var engine = services.GetRequiredService<JobEngine>();
        var listener = services.GetServices<IHostedService>().OfType<GenerationJobListener>().Single();
        await engine.StartAsync(CancellationToken.None);
        await listener.StartAsync(CancellationToken.None);
        int userId;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var user = DemoPersonaUsers.Create(DemoPersonas.All[0], $"bench-job-path+{Guid.NewGuid():N}@example.com");
            db.Users.Add(user);
            await db.SaveChangesAsync();
            userId = user.Id;
        }
        try
        {
            var input = await services.GetRequiredService<GenerationInputLoader>().LoadAsync(userId, CancellationToken.None);
            model.Answer = ProductJson.Serialize((await new BuiltInProductGenerator().GenerateAsync(input!, Type, null, CancellationToken.None)).Content);
            await output.WriteLineAsync($"Click → first streamed token on the page, {runs} runs per path, model answering at once.");

            await TimeJobAsync(services, userId);
            await TimeInProcessAsync(services, userId);
            var job = new List<double>();
            var inProcess = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                job.Add(await TimeJobAsync(services, userId));
                inProcess.Add(await TimeInProcessAsync(services, userId));
            }
            job.Sort();
            inProcess.Sort();
            var overhead = Percentiles.Of(job, 95) - Percentiles.Of(inProcess, 95);
            await output.WriteLineAsync(Row("as a job", job));
            await output.WriteLineAsync(Row("in-process", inProcess));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"overhead of the job path (p95 − p95): {overhead:F1} ms (target ≤ {TargetMilliseconds} ms)"));
            return overhead <= TargetMilliseconds ? 0 : 2;
        }
        finally
        {
            await engine.StopAsync(CancellationToken.None);
            await listener.StopAsync(CancellationToken.None);
            await using var db = await contexts.CreateDbContextAsync();
            await db.Users.Where(u => u.Id == userId).ExecuteDeleteAsync();
        }
    }

    /// <summary>Queues the job as the panel does, follows it as the panel does, and stops at the first streamed text.</summary>
    private static async Task<double> TimeJobAsync(IServiceProvider services, int userId)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<BackgroundUser>().ActAs(userId);
        var jobs = scope.ServiceProvider.GetRequiredService<GenerationJobService>();
        var clock = Stopwatch.StartNew();
        var jobId = await jobs.StartAsync(Type, null, CancellationToken.None);
        using var changed = new SemaphoreSlim(0, 1);
        using var following = jobs.Follow(jobId, () =>
        {
            try
            {
                changed.Release();
            }
            catch (SemaphoreFullException)
            {
            }
        });
        while (true)
        {
            var view = await jobs.FindAsync(jobId) ?? throw new InvalidOperationException("The job disappeared.");
            if (view.PartialText is { Length: > 0 } || view.HasEnded)
            {
                var elapsed = clock.Elapsed.TotalMilliseconds;
                if (view.Status == GenerationJobStatus.Failed)
                {
                    throw new InvalidOperationException($"The job failed: {view.Error}");
                }
                await WaitUntilEndedAsync(jobs, jobId);
                return elapsed;
            }
            await changed.WaitAsync(TimeSpan.FromMilliseconds(500));
        }
    }

    private static async Task WaitUntilEndedAsync(GenerationJobService jobs, Guid jobId)
    {
        while ((await jobs.FindAsync(jobId))?.HasEnded == false)
        {
            await Task.Delay(5);
        }
    }

    /// <summary>The same generation in the page's own process, as the panel ran it before jobs: to its first streamed text.</summary>
    private static async Task<double> TimeInProcessAsync(IServiceProvider services, int userId)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<BackgroundUser>().ActAs(userId);
        var generation = scope.ServiceProvider.GetRequiredService<ProductGenerationService>();
        var clock = Stopwatch.StartNew();
        double? first = null;
        var progress = new FirstText(() => first ??= clock.Elapsed.TotalMilliseconds);
        await generation.GenerateAsync(Type, progress, CancellationToken.None);
        return first ?? throw new InvalidOperationException("No text was streamed.");
    }

    private static string Row(string path, List<double> sorted) => string.Create(CultureInfo.InvariantCulture,
        $"{path,-11} p50 {Percentiles.Of(sorted, 50),6:F1} ms  p95 {Percentiles.Of(sorted, 95),6:F1} ms  max {sorted[^1],6:F1} ms");

    private sealed class FirstText(Action seen) : IProgress<GenerationProgress>
    {
        public void Report(GenerationProgress value)
        {
            if (value.PartialText is { Length: > 0 })
            {
                seen();
            }
        }
    }

    /// <summary>A loopback OpenAI-compatible chat endpoint that streams <see cref="Answer"/> at once, in small pieces.</summary>
    private sealed class InstantModel(WebApplication app) : IAsyncDisposable
    {
        public string Url { get; private set; } = "";

        public string Answer { get; set; } = "{}";

        public static async Task<InstantModel> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            var app = builder.Build();
            var model = new InstantModel(app);
            app.MapPost("/v1/chat/completions", model.StreamAsync);
            await app.StartAsync();
            model.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return model;
        }

        private async Task StreamAsync(HttpContext context)
        {
            context.Response.ContentType = "text/event-stream";
            var answer = Answer;
            for (var i = 0; i < answer.Length; i += 40)
            {
                await WriteAsync(context, Chunk(answer.Substring(i, Math.Min(40, answer.Length - i)), null));
            }
            await WriteAsync(context, Chunk(null, "stop"));
            await context.Response.Body.WriteAsync("data: [DONE]\n\n"u8.ToArray());
        }

        private static async Task WriteAsync(HttpContext context, string json)
        {
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes($"data: {json}\n\n"));
            await context.Response.Body.FlushAsync();
        }

        private static string Chunk(string? content, string? finish) => JsonSerializer.Serialize(new
        {
            id = "bench",
            @object = "chat.completion.chunk",
            created = 1_700_000_000,
            model = "bench",
            choices = new[]
            {
                new { index = 0, delta = content is null ? new Dictionary<string, string>() : new() { ["role"] = "assistant", ["content"] = content }, finish_reason = finish },
            },
        });

        public async ValueTask DisposeAsync() => await app.DisposeAsync();
    }
}
