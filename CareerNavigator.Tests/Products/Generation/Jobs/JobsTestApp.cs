using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tests.Products.Generation.Llm;
using CareerNavigator.Web;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.BackgroundJobs;
using CareerNavigator.Web.Database;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Generation.Jobs;
using CareerNavigator.Web.Products.Generation.Llm;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace CareerNavigator.Tests.Products.Generation.Jobs;

/// <summary>
/// The app's own services (<see cref="CareerNavigatorSetup"/>) over a migrated PostgreSQL database with the model
/// pointed at a <see cref="FakeChatServer"/>, and its job engine started as instance <c>A</c> of a cluster that checks
/// in every second. <see cref="StartInstanceAsync"/> adds another instance (a second scheduler on the same store).
/// </summary>
public sealed class JobsTestApp : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<IScheduler> _instances = [];

    private JobsTestApp(WebApplication app, MigratedDatabase database)
    {
        _app = app;
        Database = database;
    }

    public MigratedDatabase Database { get; }

    public IServiceProvider Services => _app.Services;

    public JobEngine Engine => _app.Services.GetRequiredService<JobEngine>();

    public GenerationJobListener Listener => _app.Services.GetServices<IHostedService>().OfType<GenerationJobListener>().Single();

    public static async Task<JobsTestApp> StartAsync(
        MigratedDatabase database, FakeChatServer server, int dailyLimit = 100, bool runJobs = true)
    {
        var settings = LlmTestApp.Settings(server, LlmOptions.OpenAI);
        settings["Database:Provider"] = "Postgres";
        settings["ConnectionStrings:DefaultConnection"] = database.ConnectionString;
        settings["Database:MigrateOnStartup"] = "false";
        settings["DemoData:Enabled"] = "false";
        settings["Generation:DailyLimit"] = dailyLimit.ToString();
        settings["Jobs:RunJobs"] = runJobs.ToString();
        settings["Jobs:InstanceId"] = "A-" + Guid.NewGuid().ToString("N")[..8];
        settings["Jobs:CheckinInterval"] = "00:00:01";
        settings["Jobs:IdleWaitTime"] = "00:00:01";
        settings["Jobs:CheckinMisfireThreshold"] = "00:00:02";
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(CareerNavigatorSetup).Assembly.GetName().Name,
            EnvironmentName = "Development",
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.AddCareerNavigator();
        var app = builder.Build();
        var testApp = new JobsTestApp(app, database);
        await testApp.Engine.StartAsync(CancellationToken.None);
        await testApp.Listener.StartAsync(CancellationToken.None);
        return testApp;
    }

    /// <summary>Another instance of the cluster: a scheduler of its own id on the same store, running jobs in these services.</summary>
    public async Task<IScheduler> StartInstanceAsync(string instanceId)
    {
        var options = Services.GetRequiredService<IOptions<JobEngineOptions>>().Value;
        var scheduler = await JobEngine.BuildAsync(Services, Services.GetRequiredService<DatabaseConnection>(), options, instanceId, CancellationToken.None);
        await scheduler.Start();
        _instances.Add(scheduler);
        return scheduler;
    }

    /// <summary>The generation jobs of <paramref name="userId"/>, as their pages use them.</summary>
    public GenerationJobService JobsOf(int userId)
    {
        var scope = Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<BackgroundUser>().ActAs(userId);
        return scope.ServiceProvider.GetRequiredService<GenerationJobService>();
    }

    /// <summary>The generation service of <paramref name="userId"/>, as their pages use it.</summary>
    public ProductGenerationService GenerationOf(int userId)
    {
        var scope = Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<BackgroundUser>().ActAs(userId);
        return scope.ServiceProvider.GetRequiredService<ProductGenerationService>();
    }

    /// <summary>What the built-in generator makes of the user's records: a valid model answer for them.</summary>
    public async Task<string> ValidAnswerAsync(int userId, ProductType type)
    {
        var input = await Services.GetRequiredService<GenerationInputLoader>().LoadAsync(userId, CancellationToken.None);
        var result = await new BuiltInProductGenerator().GenerateAsync(input!, type, null, CancellationToken.None);
        return result.ContentJson();
    }

    /// <summary>Waits until the job has ended (or fails the test after <paramref name="seconds"/>).</summary>
    public async Task<GenerationJob> EndedAsync(Guid jobId, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            await using var db = Database.CreateContext();
            var job = await db.GenerationJobs.AsNoTracking().SingleAsync(j => j.Id == jobId);
            if (job.Status.HasEnded())
            {
                return job;
            }
            Assert.True(DateTime.UtcNow < deadline, $"Job {jobId} is still {job.Status} after {seconds} s ({job.ProgressMessage}).");
            await Task.Delay(50);
        }
    }

    public async Task<GenerationJob> RowAsync(Guid jobId)
    {
        await using var db = Database.CreateContext();
        return await db.GenerationJobs.AsNoTracking().SingleAsync(j => j.Id == jobId);
    }

    /// <summary>Removes every job from the store, so that no later test's instance runs one this test left queued.</summary>
    public async ValueTask DisposeAsync()
    {
        var instances = _instances.Where(i => i.Status is not (SchedulerStatus.Shutdown or SchedulerStatus.ShuttingDown)).ToList();
        var scheduler = await Engine.GetSchedulerAsync();
        await (scheduler.Status is SchedulerStatus.Shutdown or SchedulerStatus.ShuttingDown ? instances.FirstOrDefault() ?? scheduler : scheduler).Clear();
        foreach (var instance in _instances)
        {
            if (instance.Status is not (SchedulerStatus.Shutdown or SchedulerStatus.ShuttingDown))
            {
                await instance.Shutdown(waitForJobsToComplete: false);
            }
        }
        await Engine.StopAsync(CancellationToken.None);
        await Listener.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
