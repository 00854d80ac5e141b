using Bunit;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tests.Products.Generation.Llm;
using CareerNavigator.Web.DemoData;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.Jobs;
using CareerNavigator.Web.Products.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareerNavigator.Tests.Products.Generation.Jobs;

/// <summary>
/// The generation panel on model work: it follows the job from its row (wherever the job runs), leaving the page leaves
/// the job running, a reopened page finds it (running, or ended while the user was away) and Cancel reaches it.
/// </summary>
public sealed class GenerationPanelJobTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private const ProductType Plan = ProductType.CareerPlan1Y;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_page_left_while_the_model_writes_finds_the_job_running_when_reopened_and_cancels_it()
    {
        var user = await PersonaAsync(0);
        await using var server = await FakeChatServer.StartAsync(Reply.StreamThenHang("{\"summary\":\"Half a plan"));
        await using var app = await JobsTestApp.StartAsync(database, server);
        await using (var page = PanelContext(app, user.Id))
        {
            var panel = RenderReady(page);
            panel.Find("[data-testid=generate]").Click();
            panel.WaitForAssertion(() => Assert.Contains("Half a plan", panel.Find("[data-testid=generation-preview]").TextContent), Patience);
        }
        var job = await LatestJobAsync(user.Id);
        Assert.Equal(GenerationJobStatus.Running, job.Status);

        await using var reopened = PanelContext(app, user.Id);
        var again = reopened.Render<GenerationPanel>(p => p.Add(c => c.Type, Plan));
        again.WaitForAssertion(() => Assert.Contains("Half a plan", again.Find("[data-testid=generation-preview]").TextContent), Patience);
        again.Find("[data-testid=cancel-generation]").Click();

        again.WaitForAssertion(() => again.Find("[data-testid=generation-cancelled]"), Patience);
        Assert.Equal(GenerationJobStatus.Cancelled, (await app.RowAsync(job.Id)).Status);
        Assert.Equal(0, await StoredAsync(user.Id));
    }

    [Fact]
    public async Task A_job_that_ends_while_the_user_is_away_is_announced_once_on_the_reopened_page()
    {
        var user = await PersonaAsync(1);
        var halfway = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var resume = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await FakeChatServer.StartAsync();
        await using var app = await JobsTestApp.StartAsync(database, server);
        server.Script(Reply.StreamInHalves(await app.ValidAnswerAsync(user.Id, Plan), halfway, resume.Task));
        await using (var page = PanelContext(app, user.Id))
        {
            RenderReady(page).Find("[data-testid=generate]").Click();
            await halfway.Task.WaitAsync(Patience);
        }
        resume.SetResult();
        await app.EndedAsync((await LatestJobAsync(user.Id)).Id);
        Assert.Single(await app.JobsOf(user.Id).UnseenEndedAsync());

        await using var reopened = PanelContext(app, user.Id);
        var again = reopened.Render<GenerationPanel>(p => p.Add(c => c.Type, Plan));
        again.WaitForAssertion(() => Assert.Contains("was written while you were away", again.Find("[data-testid=generation-done-while-away]").TextContent), Patience);

        Assert.Equal(1, await StoredAsync(user.Id));
        Assert.Empty(await app.JobsOf(user.Id).UnseenEndedAsync());
        await using var later = PanelContext(app, user.Id);
        Assert.Empty(RenderReady(later).FindAll("[data-testid=generation-done-while-away]"));
    }

    [Fact]
    public async Task Another_users_running_job_is_not_shown()
    {
        var owner = await PersonaAsync(2);
        var other = await PersonaAsync(3);
        await using var server = await FakeChatServer.StartAsync(Reply.Answer("{}"));
        await using var app = await JobsTestApp.StartAsync(database, server, runJobs: false);
        await app.JobsOf(owner.Id).StartAsync(Plan, null, CancellationToken.None);

        await using var page = PanelContext(app, other.Id);
        var panel = RenderReady(page);

        Assert.Empty(panel.FindAll("[data-testid=generation-status]"));
    }

    /// <summary>The panel once it has looked for a job of its product (its button waits for that).</summary>
    private static IRenderedComponent<GenerationPanel> RenderReady(BunitContext page)
    {
        var panel = page.Render<GenerationPanel>(p => p.Add(c => c.Type, Plan));
        panel.WaitForAssertion(() => Assert.False(panel.Find("[data-testid=generate]").HasAttribute("disabled")), Patience);
        return panel;
    }

    /// <summary>A page of <paramref name="userId"/> in an interactive circuit, with the model configured.</summary>
    private static BunitContext PanelContext(JobsTestApp app, int userId)
    {
        var ctx = ComponentTestContext.Create();
        ctx.Services.AddSingleton(Options.Create(new GenerationOptions { Provider = GenerationProvider.OpenAI }));
        ctx.Services.AddScoped(_ => app.JobsOf(userId));
        ctx.Services.AddScoped(_ => app.GenerationOf(userId));
        ctx.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return ctx;
    }

    private async Task<User> PersonaAsync(int index)
    {
        await using var db = database.CreateContext();
        return await PersonaRows.AddAsync(db, DemoPersonas.All[index % DemoPersonas.All.Count]);
    }

    private async Task<GenerationJob> LatestJobAsync(int userId)
    {
        await using var db = database.CreateContext();
        return await db.GenerationJobs.AsNoTracking().Where(j => j.UserId == userId).OrderByDescending(j => j.CreatedAt).FirstAsync();
    }

    private async Task<int> StoredAsync(int userId)
    {
        await using var db = database.CreateContext();
        return await db.GeneratedProducts.CountAsync(g => g.UserId == userId && g.ProductType == Plan);
    }
}
