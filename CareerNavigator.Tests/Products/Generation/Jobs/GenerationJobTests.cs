using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tests.Products.Generation.Llm;
using CareerNavigator.Web.DemoData;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.Jobs;
using CareerNavigator.Web.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Products.Generation.Jobs;

/// <summary>
/// Model generations as jobs of the clustered Quartz store on PostgreSQL, with the model behind the loopback OpenAI
/// stub: a job outlives the page that queued it, stores its version once, keeps the daily allowance honest, and stops
/// when cancelled wherever it runs.
/// </summary>
public sealed class GenerationJobTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private const ProductType Plan = ProductType.CareerPlan1Y;

    [Fact]
    public async Task A_generation_whose_page_goes_away_half_way_completes_and_is_stored_once()
    {
        var user = await PersonaAsync(0);
        var halfway = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var resume = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await FakeChatServer.StartAsync();
        await using var app = await JobsTestApp.StartAsync(database, server);
        var answer = await app.ValidAnswerAsync(user.Id, Plan);
        server.Script(Reply.StreamInHalves(answer, halfway, resume.Task));

        // The page queues the job, then goes away: nothing of the page (its scope, its circuit) is left.
        var jobId = await app.JobsOf(user.Id).StartAsync(Plan, null, CancellationToken.None);
        await halfway.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var midway = await WhenAsync(app, jobId, job => job.PartialText is { Length: > 0 });
        resume.SetResult();
        var ended = await app.EndedAsync(jobId);

        Assert.Equal(GenerationJobStatus.Running, midway.Status);
        Assert.StartsWith(midway.PartialText!, answer[..(answer.Length / 2)]);
        Assert.Equal(GenerationJobStatus.Done, ended.Status);
        var stored = Assert.Single(await VersionsAsync(user.Id));
        Assert.Equal(stored.Id, ended.GeneratedProductId);
        Assert.Null(ended.PartialText);
        Assert.Equal(1, await UnitsAsync(user.Id));
    }

    [Fact]
    public async Task Twenty_concurrent_jobs_of_one_user_store_versions_1_to_20_without_gaps()
    {
        var user = await PersonaAsync(1);
        await using var server = await FakeChatServer.StartAsync();
        await using var app = await JobsTestApp.StartAsync(database, server);
        server.Script(Reply.Answer(await app.ValidAnswerAsync(user.Id, Plan)));

        var jobIds = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => app.JobsOf(user.Id).StartAsync(Plan, null, CancellationToken.None))));
        var ended = await Task.WhenAll(jobIds.Select(id => app.EndedAsync(id, seconds: 60)));

        Assert.All(ended, job => Assert.Equal(GenerationJobStatus.Done, job.Status));
        var versions = await VersionsAsync(user.Id);
        Assert.Equal(Enumerable.Range(1, 20), versions.Select(v => v.Version).Order());
        Assert.Equal(versions.Select(v => v.Id).Order(), ended.Select(j => j.GeneratedProductId!.Value).Order());
        Assert.Single(versions, v => v.IsActive);
        Assert.Equal(20, await UnitsAsync(user.Id));
    }

    [Fact]
    public async Task Cancel_before_start_stores_nothing_and_gives_the_unit_back()
    {
        var user = await PersonaAsync(2);
        await using var server = await FakeChatServer.StartAsync(Reply.Answer("{}"));
        // This instance queues but runs nothing, so the job is still waiting when it is cancelled.
        await using var app = await JobsTestApp.StartAsync(database, server, runJobs: false);
        var jobs = app.JobsOf(user.Id);
        var jobId = await jobs.StartAsync(Plan, null, CancellationToken.None);
        Assert.Equal(1, await UnitsAsync(user.Id));

        Assert.True(await jobs.CancelAsync(jobId));
        // An instance that does run jobs starts now: the cancelled job is not run by it.
        await app.StartInstanceAsync("B-" + Guid.NewGuid().ToString("N")[..8]);
        await Task.Delay(1_500);

        var row = await app.RowAsync(jobId);
        Assert.Equal(GenerationJobStatus.Cancelled, row.Status);
        Assert.Empty(server.Received);
        Assert.Empty(await VersionsAsync(user.Id));
        Assert.Equal(0, await UnitsAsync(user.Id));
        Assert.False(await jobs.CancelAsync(jobId), "an ended job cannot be cancelled again");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Cancel_mid_stream_stores_nothing_on_the_same_and_on_another_instance(bool onAnotherInstance)
    {
        var user = await PersonaAsync(3);
        await using var server = await FakeChatServer.StartAsync(Reply.StreamThenHang("{\"summary\":\"Half a pla"));
        await using var app = await JobsTestApp.StartAsync(database, server, runJobs: !onAnotherInstance);
        if (onAnotherInstance)
        {
            await app.StartInstanceAsync("B-" + Guid.NewGuid().ToString("N")[..8]);
        }
        var jobs = app.JobsOf(user.Id);
        var jobId = await jobs.StartAsync(Plan, null, CancellationToken.None);
        await WhenAsync(app, jobId, job => job.PartialText is { Length: > 0 });

        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.True(await jobs.CancelAsync(jobId));
        var answered = clock.Elapsed;
        var ended = await app.EndedAsync(jobId, seconds: 10);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"Cancel answered after {answered.TotalMilliseconds:F0} ms, the job ended after {clock.Elapsed.TotalMilliseconds:F0} ms");
        Assert.Equal(GenerationJobStatus.Cancelled, ended.Status);
        Assert.Null(ended.PartialText);
        Assert.Empty(await VersionsAsync(user.Id));
        Assert.Equal(0, await UnitsAsync(user.Id));
    }

    [Fact]
    public async Task A_job_whose_instance_shuts_down_mid_run_is_picked_up_by_another_and_stored_once()
    {
        var user = await PersonaAsync(4);
        var halfway = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await FakeChatServer.StartAsync();
        await using var app = await JobsTestApp.StartAsync(database, server, runJobs: false);
        var answer = await app.ValidAnswerAsync(user.Id, Plan);
        // The first run hangs half way; the run that takes over gets the whole answer.
        server.Script(Reply.StreamInHalves(answer, halfway, Task.Delay(Timeout.Infinite)), Reply.Answer(answer));
        var instanceB = await app.StartInstanceAsync("B-" + Guid.NewGuid().ToString("N")[..8]);
        var jobId = await app.JobsOf(user.Id).StartAsync(Plan, null, CancellationToken.None);
        await halfway.Task.WaitAsync(TimeSpan.FromSeconds(30));

        await instanceB.Shutdown(waitForJobsToComplete: false);
        var handedBack = await app.RowAsync(jobId);
        await app.StartInstanceAsync("C-" + Guid.NewGuid().ToString("N")[..8]);
        var ended = await app.EndedAsync(jobId, seconds: 60);

        Assert.Equal(GenerationJobStatus.Queued, handedBack.Status);
        Assert.Equal(GenerationJobStatus.Done, ended.Status);
        Assert.Equal(2, ended.Attempts);
        var stored = Assert.Single(await VersionsAsync(user.Id));
        Assert.Equal(stored.Id, ended.GeneratedProductId);
        Assert.Equal(1, await UnitsAsync(user.Id));
    }

    [Fact]
    public async Task Stopping_the_host_hands_its_running_job_back_and_another_instance_finishes_it()
    {
        var user = await PersonaAsync(1);
        var halfway = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await FakeChatServer.StartAsync();
        await using var app = await JobsTestApp.StartAsync(database, server);
        var answer = await app.ValidAnswerAsync(user.Id, Plan);
        server.Script(Reply.StreamInHalves(answer, halfway, Task.Delay(Timeout.Infinite)), Reply.Answer(answer));
        var jobId = await app.JobsOf(user.Id).StartAsync(Plan, null, CancellationToken.None);
        await halfway.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // What the host does on SIGTERM: its hosted services stop.
        await app.Engine.StopAsync(CancellationToken.None);
        var handedBack = await app.RowAsync(jobId);
        await app.StartInstanceAsync("B-" + Guid.NewGuid().ToString("N")[..8]);
        var ended = await app.EndedAsync(jobId, seconds: 60);

        Assert.Equal(GenerationJobStatus.Queued, handedBack.Status);
        Assert.Equal(GenerationJobStatus.Done, ended.Status);
        Assert.Single(await VersionsAsync(user.Id));
        Assert.Equal(1, await UnitsAsync(user.Id));
    }

    [Fact]
    public async Task A_change_notified_by_another_instance_reaches_the_pages_following_the_job()
    {
        var user = await PersonaAsync(2);
        await using var server = await FakeChatServer.StartAsync(Reply.Answer("{}"));
        await using var app = await JobsTestApp.StartAsync(database, server, runJobs: false);
        var jobId = await app.JobsOf(user.Id).StartAsync(Plan, null, CancellationToken.None);
        var heard = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var otherJobHeard = false;
        using var following = app.JobsOf(user.Id).Follow(jobId, () => heard.TrySetResult());
        using var followingAnother = app.JobsOf(user.Id).Follow(Guid.NewGuid(), () => otherJobHeard = true);

        // Another instance's run saves progress: its NOTIFY comes through this instance's listening connection.
        await using var otherInstance = new Npgsql.NpgsqlConnection(database.ConnectionString);
        await otherInstance.OpenAsync();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!heard.Task.IsCompleted && DateTime.UtcNow < deadline)
        {
            await using var notify = new Npgsql.NpgsqlCommand($"SELECT pg_notify('generation_jobs', '{jobId:N}')", otherInstance);
            await notify.ExecuteNonQueryAsync();
            await Task.WhenAny(heard.Task, Task.Delay(200));
        }

        Assert.True(heard.Task.IsCompleted, "the notification never reached the follower");
        Assert.False(otherJobHeard);
    }

    [Fact]
    public async Task Jobs_that_ended_over_30_days_ago_are_deleted_and_open_or_recent_ones_kept()
    {
        var user = await PersonaAsync(3);
        await using var server = await FakeChatServer.StartAsync(Reply.Answer("{}"));
        await using var app = await JobsTestApp.StartAsync(database, server, runJobs: false);
        var old = DateTime.UtcNow - GenerationJobCleanup.KeepFor - TimeSpan.FromHours(1);
        var recent = DateTime.UtcNow - GenerationJobCleanup.KeepFor + TimeSpan.FromHours(1);
        GenerationJob Job(GenerationJobStatus status, DateTime? finishedAt) => new()
        {
            Id = Guid.NewGuid(), UserId = user.Id, ProductType = Plan, Status = status, FinishedAt = finishedAt,
        };
        var oldDone = Job(GenerationJobStatus.Done, old);
        var oldFailed = Job(GenerationJobStatus.Failed, old);
        var recentDone = Job(GenerationJobStatus.Done, recent);
        var stillRunning = Job(GenerationJobStatus.Running, null);
        await using (var db = database.CreateContext())
        {
            db.GenerationJobs.AddRange(oldDone, oldFailed, recentDone, stillRunning);
            await db.SaveChangesAsync();
        }

        await app.Services.GetRequiredService<GenerationJobCleanup>().CleanUpAsync();

        await using var check = database.CreateContext();
        var left = await check.GenerationJobs.Where(j => j.UserId == user.Id).Select(j => j.Id).ToListAsync();
        Assert.Equal(new[] { recentDone.Id, stillRunning.Id }.Order(), left.Order());
    }

    [Fact]
    public async Task A_failed_job_says_why_and_gives_its_unit_back()
    {
        var user = await PersonaAsync(5);
        await using var server = await FakeChatServer.StartAsync(Reply.Status(500));
        await using var app = await JobsTestApp.StartAsync(database, server);

        var ended = await app.EndedAsync(await app.JobsOf(user.Id).StartAsync(Plan, null, CancellationToken.None));

        Assert.Equal(GenerationJobStatus.Failed, ended.Status);
        Assert.Contains("HTTP 500", ended.ErrorMessage);
        Assert.Empty(await VersionsAsync(user.Id));
        Assert.Equal(0, await UnitsAsync(user.Id));
        var notice = Assert.Single(await app.JobsOf(user.Id).UnseenEndedAsync());
        Assert.Equal(ended.Id, notice.Id);
    }

    [Fact]
    public async Task A_full_day_refuses_at_queueing_and_queues_nothing()
    {
        var user = await PersonaAsync(0);
        await using var server = await FakeChatServer.StartAsync(Reply.Answer("{}"));
        await using var app = await JobsTestApp.StartAsync(database, server, dailyLimit: 1, runJobs: false);
        var jobs = app.JobsOf(user.Id);
        await jobs.StartAsync(Plan, null, CancellationToken.None);

        var refused = await Assert.ThrowsAsync<GenerationFailedException>(() => jobs.StartAsync(Plan, null, CancellationToken.None));

        Assert.Equal(DailyLimitTests.LimitMessage(1), refused.Message);
        Assert.Equal(1, await JobCountAsync(user.Id));
    }

    [Fact]
    public async Task Bad_inputs_and_another_users_ids_are_refused()
    {
        var owner = await PersonaAsync(1);
        var other = await PersonaAsync(2);
        await using var server = await FakeChatServer.StartAsync(Reply.Answer("{}"));
        await using var app = await JobsTestApp.StartAsync(database, server, runJobs: false);
        var ownersJob = await app.JobsOf(owner.Id).StartAsync(Plan, null, CancellationToken.None);
        int othersApplication;
        await using (var db = database.CreateContext())
        {
            var application = new JobApplication { UserId = other.Id, Company = "Northwind", Role = "Analyst", StatusChangedAt = DateTime.UtcNow };
            db.JobApplications.Add(application);
            await db.SaveChangesAsync();
            othersApplication = application.Id;
        }
        var jobs = app.JobsOf(other.Id);

        Assert.Null(await jobs.FindAsync(ownersJob));
        Assert.False(await jobs.CancelAsync(ownersJob));
        Assert.Equal(GenerationJobStatus.Queued, (await app.RowAsync(ownersJob)).Status);
        await Assert.ThrowsAsync<RecordNotFoundException>(() => app.JobsOf(owner.Id).StartAsync(ProductType.CoverLetter, othersApplication, CancellationToken.None));
        var letterWithoutApplication = await Assert.ThrowsAsync<GenerationFailedException>(() => jobs.StartAsync(ProductType.CoverLetter, null, CancellationToken.None));
        Assert.Contains("job application", letterWithoutApplication.Message);
        Assert.Null(await jobs.FindAsync(Guid.NewGuid()));
        Assert.Equal(0, await JobCountAsync(other.Id));
    }

    private static async Task<GenerationJob> WhenAsync(JobsTestApp app, Guid jobId, Func<GenerationJob, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var job = await app.RowAsync(jobId);
            if (condition(job))
            {
                return job;
            }
            Assert.True(DateTime.UtcNow < deadline, $"Job {jobId} never got there: {job.Status}, {job.ProgressMessage}.");
            await Task.Delay(50);
        }
    }

    private async Task<User> PersonaAsync(int index)
    {
        await using var db = database.CreateContext();
        return await PersonaRows.AddAsync(db, DemoPersonas.All[index % DemoPersonas.All.Count]);
    }

    private async Task<List<GeneratedProduct>> VersionsAsync(int userId)
    {
        await using var db = database.CreateContext();
        return await db.GeneratedProducts.AsNoTracking().Where(g => g.UserId == userId && g.ProductType == Plan).ToListAsync();
    }

    private async Task<int> UnitsAsync(int userId)
    {
        await using var db = database.CreateContext();
        return await db.ModelUsage.Where(u => u.UserId == userId).SumAsync(u => u.Units);
    }

    private async Task<int> JobCountAsync(int userId)
    {
        await using var db = database.CreateContext();
        return await db.GenerationJobs.CountAsync(j => j.UserId == userId);
    }
}
