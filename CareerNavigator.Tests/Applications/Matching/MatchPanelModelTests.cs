using System.Text.Json;
using Bunit;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tests.Occupations;
using CareerNavigator.Tests.Products.Generation.Llm;
using CareerNavigator.Web.Applications.Matching;
using CareerNavigator.Web.Applications.Matching.Model;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.Llm;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareerNavigator.Tests.Applications.Matching;

/// <summary>The match panel with an AI model configured: the loopback chat-completions server answers through the real client.</summary>
public sealed class MatchPanelModelTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>, IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public Task InitializeAsync() => OccupationPageContext.SeedOnceAsync(database);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Reading_with_the_model_shows_its_requirements_says_how_many_were_left_out_and_takes_one_unit()
    {
        var advert = AdvertFixtures.Tuned.Advert("06-hotel-receptionist");
        var answer = new AdvertModelAnswer(
        [
            new("language", "required", "German at B2 level or higher", "German", [], null, "B2", null, []),
            new("skill", "required", "Cash handling", "cash handling", [], null, null, null, []),
            new("licence", "required", "A full UK driving licence", "driving licence", [], null, null, null, []),
        ]);
        await using var server = await FakeChatServer.StartAsync(Reply.Answer(JsonSerializer.Serialize(answer, ContentSchemas.Json)));
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db);
        await using var ctx = Context(user, server);
        var panel = ctx.Render<MatchPanel>(p => p.Add(x => x.AdvertText, advert));
        panel.WaitForElement("[data-testid=match-score]", Patience);
        Assert.Contains("own reader", panel.Find("[data-testid=match-source]").TextContent);

        await panel.InvokeAsync(() => panel.Find("[data-testid=match-read-with-model]").Click());

        panel.WaitForAssertion(() => Assert.Contains("Read by the AI model (openai/test-model)", panel.Find("[data-testid=match-source]").TextContent), Patience);
        Assert.Contains("1 requirement was left out: their words are not in the advert.", panel.Find("[data-testid=match-dropped]").TextContent);
        Assert.Equal(["German (B2 or above)", "Cash handling"], panel.FindAll("[data-testid=requirement-label]").Select(l => l.TextContent));
        Assert.DoesNotContain("A full UK driving licence", panel.Markup);
        Assert.Empty(panel.FindAll("[data-testid=match-read-with-model]"));
        Assert.Equal(1, await db.ModelUsage.Where(u => u.UserId == user.Id).Select(u => u.Units).SingleAsync());
    }

    [Fact]
    public async Task A_model_that_cannot_be_reached_leaves_the_built_in_reading_and_says_so()
    {
        await using var server = await FakeChatServer.StartAsync(Reply.Status(503));
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db);
        await using var ctx = Context(user, server);
        var panel = ctx.Render<MatchPanel>(p => p.Add(x => x.AdvertText, AdvertFixtures.Tuned.Advert("06-hotel-receptionist")));
        panel.WaitForElement("[data-testid=match-score]", Patience);
        var builtIn = panel.FindAll("[data-testid=requirement]").Count;

        await panel.InvokeAsync(() => panel.Find("[data-testid=match-read-with-model]").Click());

        panel.WaitForAssertion(() => Assert.Contains("HTTP 503", panel.Find("[data-testid=match-error]").TextContent), Patience);
        Assert.Equal(builtIn, panel.FindAll("[data-testid=requirement]").Count);
        Assert.Contains("own reader", panel.Find("[data-testid=match-source]").TextContent);
        Assert.False(await db.ModelUsage.AnyAsync(u => u.UserId == user.Id && u.Units > 0));
    }

    private BunitContext Context(CareerNavigator.Data.Entities.User user, FakeChatServer server)
    {
        var ctx = ComponentTestContext.Create(database).WithProfileServices();
        var settings = LlmTestApp.Settings(server, LlmOptions.OpenAI);
        var options = new LlmOptions
        {
            Provider = LlmOptions.OpenAI, Endpoint = settings["Generation:Endpoint"], Model = settings["Generation:Model"],
            ApiKey = settings["Generation:ApiKey"], TimeoutSeconds = 20, MaxRetries = 0,
        };
        ctx.Services.AddLogging();
        ctx.Services.AddSingleton(Options.Create(options));
        ctx.Services.AddHttpClient(LlmChatClients.HttpClientName);
        ctx.Services.AddSingleton<IChatClient>(sp => LlmChatClients.Create(options, sp.GetRequiredService<IHttpClientFactory>()));
        ctx.Services.AddSingleton<StructuredChat>();
        ctx.Services.AddScoped<AdvertModelReader>();
        ctx.Services.AddSingleton(Options.Create(new GenerationOptions { DailyLimit = 5 }));
        ctx.Services.AddSingleton<ModelUsageMeter>();
        ctx.Services.AddScoped<AdvertMatchService>();
        ctx.SignIn(user.Id, user.Email!);
        ctx.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return ctx;
    }
}
