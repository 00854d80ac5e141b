using System.Text.Json;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.DemoData;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.Llm;
using CareerNavigator.Web.Products.Generation.Llm.CvExtraction;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Products.Generation.Llm;

/// <summary>Reading a CV with the model counts against <c>Generation:DailyLimit</c> like a generation does.</summary>
public sealed class CvExtractionUsageTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private static readonly string Cv = TestInputs.Persona(0).Profile.CvContent!;
    private static readonly string NothingFound = JsonSerializer.Serialize(new CvExtractionAnswer([], [], []), ContentSchemas.Json);

    [Fact]
    public async Task Reading_a_CV_with_the_model_uses_a_unit_of_the_daily_limit()
    {
        var user = await PersonaAsync();
        var options = DailyLimitTests.Model(limit: 2);
        await using var server = await FakeChatServer.StartAsync(Reply.Answer(NothingFound));
        await using var app = LlmTestApp.Create(server, LlmOptions.OpenAI);
        var generation = GenerationServiceFor.User(database, user.Id, new ScriptedGenerator(), options);

        await Extraction(app, user.Id, options).ExtractAsync(Cv, CancellationToken.None);
        await generation.GenerateAsync(ProductType.Cv, null, CancellationToken.None);
        var generationRefused = await Assert.ThrowsAsync<GenerationFailedException>(() => generation.GenerateAsync(ProductType.Cv, null, CancellationToken.None));
        var readingRefused = await Assert.ThrowsAsync<GenerationFailedException>(() => Extraction(app, user.Id, options).ExtractAsync(Cv, CancellationToken.None));

        Assert.Equal(DailyLimitTests.LimitMessage(2), generationRefused.Message);
        Assert.Equal(DailyLimitTests.LimitMessage(2), readingRefused.Message);
        Assert.Single(server.Received);
    }

    [Fact]
    public async Task A_reading_the_model_fails_with_500s_gives_its_unit_back()
    {
        var user = await PersonaAsync();
        var options = DailyLimitTests.Model(limit: 1);
        await using var server = await FakeChatServer.StartAsync(Reply.Status(500));
        await using var app = LlmTestApp.Create(server, LlmOptions.AzureOpenAI);

        await Assert.ThrowsAsync<GenerationFailedException>(() => Extraction(app, user.Id, options).ExtractAsync(Cv, CancellationToken.None));

        Assert.Equal(0, await UnitsAsync(user.Id));
        await GenerationServiceFor.User(database, user.Id, new ScriptedGenerator(), options).GenerateAsync(ProductType.Cv, null, CancellationToken.None);
    }

    [Fact]
    public async Task A_cancelled_reading_gives_its_unit_back()
    {
        var user = await PersonaAsync();
        var asked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await FakeChatServer.StartAsync(new Reply((_, _, ct) =>
        {
            asked.TrySetResult();
            return Task.Delay(Timeout.Infinite, ct);
        }));
        await using var app = LlmTestApp.Create(server, LlmOptions.OpenAI);
        using var cancel = new CancellationTokenSource();

        var reading = Extraction(app, user.Id, DailyLimitTests.Model(limit: 1)).ExtractAsync(Cv, cancel.Token);
        await asked.Task;
        Assert.Equal(1, await UnitsAsync(user.Id));
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
        Assert.Equal(0, await UnitsAsync(user.Id));
    }

    [Fact]
    public async Task A_CV_answered_without_the_model_is_not_counted()
    {
        var user = await PersonaAsync();
        await using var server = await FakeChatServer.StartAsync(Reply.Answer(NothingFound));
        await using var app = LlmTestApp.Create(server, LlmOptions.OpenAI);
        var extraction = Extraction(app, user.Id, DailyLimitTests.Model(limit: 1));

        await extraction.ExtractAsync("  ", CancellationToken.None);
        await Assert.ThrowsAsync<GenerationFailedException>(() => extraction.ExtractAsync(new string('x', CvRecordExtractor.MaxCvLength + 1), CancellationToken.None));

        Assert.Empty(server.Received);
        Assert.Equal(0, await UnitsAsync(user.Id));
    }

    private CvExtractionService Extraction(LlmTestApp app, int userId, GenerationOptions options) =>
        new(app.Extractor, TestCurrentUser.For(userId), GenerationServiceFor.Meter(database, options));

    private async Task<User> PersonaAsync()
    {
        await using var db = database.CreateContext();
        return await PersonaRows.AddAsync(db, DemoPersonas.All[0]);
    }

    private async Task<int> UnitsAsync(int userId)
    {
        await using var db = database.CreateContext();
        return await db.ModelUsage.Where(u => u.UserId == userId).SumAsync(u => u.Units);
    }
}
