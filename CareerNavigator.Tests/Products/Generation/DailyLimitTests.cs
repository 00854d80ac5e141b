using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Products.Generation.Llm;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.DemoData;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Types.LinkedInExport;
using CareerNavigator.Web.Products.Types.RelocationHelp;
using CareerNavigator.Web.Products.Generation.Llm;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Products.Generation;

/// <summary><c>Generation:DailyLimit</c> on model generations: a usage counter taken when a generation starts, not a count of stored versions.</summary>
public sealed class DailyLimitTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    public static string LimitMessage(int limit) => $"You have reached today's limit of {limit} generations; it resets at midnight UTC.";

    [Fact]
    public async Task Twenty_concurrent_model_generations_at_a_limit_of_5_store_exactly_5()
    {
        var user = await PersonaAsync(1);
        var options = Model(limit: 5);
        var llm = new ScriptedGenerator(delay: TimeSpan.FromMilliseconds(300));

        var refusals = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            try
            {
                await GenerationServiceFor.User(database, user.Id, llm, options).GenerateAsync(ProductType.CareerPlan1Y, null, CancellationToken.None);
                return null;
            }
            catch (GenerationFailedException refused)
            {
                return refused.Message;
            }
        })));

        Assert.Equal(15, refusals.Count(message => message == LimitMessage(5)));
        Assert.Equal(5, refusals.Count(message => message is null));
        Assert.Equal(5, llm.Calls);
        Assert.Equal(5, await StoredCountAsync(user.Id));
        Assert.Equal(5, await UnitsAsync(user.Id));
    }

    [Fact]
    public async Task Deleting_versions_frees_nothing()
    {
        var user = await PersonaAsync(0);
        var options = Model(limit: 2);
        var llm = new ScriptedGenerator();
        var service = GenerationServiceFor.User(database, user.Id, llm, options);
        await service.GenerateAsync(ProductType.Cv, null, CancellationToken.None);
        await service.GenerateAsync(ProductType.Cv, null, CancellationToken.None);

        await using (var db = database.CreateContext())
        {
            Assert.Equal(2, await db.GeneratedProducts.Where(g => g.UserId == user.Id).ExecuteDeleteAsync());
        }
        var refused = await Assert.ThrowsAsync<GenerationFailedException>(() => service.GenerateAsync(ProductType.Cv, null, CancellationToken.None));

        Assert.Equal(LimitMessage(2), refused.Message);
        Assert.Equal(2, llm.Calls);
    }

    [Fact]
    public async Task A_generation_the_model_fails_with_500s_after_retries_gives_its_unit_back()
    {
        var user = await PersonaAsync(2);
        await using var server = await FakeChatServer.StartAsync(Reply.Status(500));
        await using var app = LlmTestApp.Create(server, LlmOptions.OpenAI);

        var failure = await Assert.ThrowsAsync<GenerationFailedException>(() =>
            GenerationServiceFor.User(database, user.Id, app.Generator, Model(limit: 1)).GenerateAsync(ProductType.Cv, null, CancellationToken.None));

        Assert.Contains("HTTP 500", failure.Message);
        Assert.True(server.Received.Count > 1, "the request was retried");
        await AssertTheOneUnitIsFreeAsync(user.Id);
    }

    [Fact]
    public async Task A_generation_whose_answer_stays_invalid_gives_its_unit_back()
    {
        var user = await PersonaAsync(3);
        await using var server = await FakeChatServer.StartAsync(Reply.Answer("{ not json"));
        await using var app = LlmTestApp.Create(server, LlmOptions.AzureOpenAI);

        await Assert.ThrowsAsync<GenerationFailedException>(() =>
            GenerationServiceFor.User(database, user.Id, app.Generator, Model(limit: 1)).GenerateAsync(ProductType.Cv, null, CancellationToken.None));

        Assert.Equal(2, server.Received.Count);
        await AssertTheOneUnitIsFreeAsync(user.Id);
    }

    [Fact]
    public async Task A_cancelled_generation_gives_its_unit_back()
    {
        var user = await PersonaAsync(0);
        var generator = new HangingGenerator();
        using var cancel = new CancellationTokenSource();

        var generation = GenerationServiceFor.User(database, user.Id, generator, Model(limit: 1)).GenerateAsync(ProductType.Cv, null, cancel.Token);
        await generator.Started.Task;
        Assert.Equal(1, await UnitsAsync(user.Id));
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => generation);
        await AssertTheOneUnitIsFreeAsync(user.Id);
    }

    [Fact]
    public async Task Content_that_breaks_the_product_rules_gives_its_unit_back()
    {
        var user = await PersonaAsync(1);
        var tooLong = new LinkedInContent
        {
            Headline = new string('x', 300), About = "About.", Experience = [], Education = [], Certifications = [], Skills = [], Languages = [],
        };

        await Assert.ThrowsAsync<GenerationFailedException>(() => GenerationServiceFor.User(
            database, user.Id, new ScriptedGenerator(content: _ => tooLong), Model(limit: 1)).GenerateAsync(ProductType.LinkedInExport, null, CancellationToken.None));

        await AssertTheOneUnitIsFreeAsync(user.Id);
    }

    public static GenerationOptions Model(int limit) => new() { Provider = GenerationProvider.OpenAI, DailyLimit = limit };

    /// <summary>With a limit of 1: nothing is counted, and a generation still gets through (and then uses the unit).</summary>
    private async Task AssertTheOneUnitIsFreeAsync(int userId)
    {
        Assert.Equal(0, await UnitsAsync(userId));
        await GenerationServiceFor.User(database, userId, new ScriptedGenerator(), Model(limit: 1)).GenerateAsync(ProductType.Cv, null, CancellationToken.None);
        Assert.Equal(1, await UnitsAsync(userId));
    }

    private async Task<User> PersonaAsync(int index)
    {
        await using var db = database.CreateContext();
        return await PersonaRows.AddAsync(db, DemoPersonas.All[index]);
    }

    private async Task<int> StoredCountAsync(int userId)
    {
        await using var db = database.CreateContext();
        return await db.GeneratedProducts.CountAsync(g => g.UserId == userId);
    }

    private async Task<int> UnitsAsync(int userId)
    {
        await using var db = database.CreateContext();
        return await db.ModelUsage.Where(u => u.UserId == userId).SumAsync(u => u.Units);
    }
}
