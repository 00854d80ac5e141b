using CareerNavigator.Tests.Occupations;
using System.Text.Json;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tests.Products.Versions;
using CareerNavigator.Web.DemoData;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.CareerPlans;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products.Types.LinkedInExport;
using CareerNavigator.Web.Products.Types.RelocationHelp;
using CareerNavigator.Web.Products.Versions;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Products.Generation;

public sealed class ProductGenerationServiceTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 14, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_first_version_is_active_and_later_ones_are_stored_inactive()
    {
        var user = await PersonaAsync(0);
        var service = GenerationServiceFor.User(database, user.Id, time: new FixedTime(Noon));

        var first = await service.GenerateAsync(ProductType.Cv, null, CancellationToken.None);
        var second = await service.GenerateAsync(ProductType.Cv, null, CancellationToken.None);

        Assert.Equal((1, true), (first.Version, first.IsActive));
        Assert.Equal((2, false), (second.Version, second.IsActive));
        var stored = await StoredAsync(user.Id);
        Assert.All(stored, row =>
        {
            Assert.Equal(Noon.UtcDateTime, row.GeneratedAt);
            Assert.Equal("built-in", row.ModelUsed);
            using var prompt = JsonDocument.Parse(row.PromptUsed!);
            Assert.Equal("cv", prompt.RootElement.GetProperty("product_type").GetString());
        });
        Assert.Equal(1, (await service.GetActiveAsync(ProductType.Cv))!.Version);
        Assert.Empty(new ProductContentRules().Read(ProductType.Cv, stored[0].Content).Problems);
    }

    [Fact]
    public async Task Twenty_concurrent_generations_get_versions_1_to_20_with_exactly_one_active()
    {
        var user = await PersonaAsync(1);

        var generated = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() =>
            GenerationServiceFor.User(database, user.Id).GenerateAsync(ProductType.CareerPlan1Y, null, CancellationToken.None))));

        Assert.Equal(Enumerable.Range(1, 20), generated.Select(g => g.Version).Order());
        var stored = await StoredAsync(user.Id);
        Assert.Equal(Enumerable.Range(1, 20), stored.Select(s => s.Version));
        Assert.Equal(1, Assert.Single(stored, s => s.IsActive).Version);
    }

    [Fact]
    public async Task Another_users_versions_are_never_returned()
    {
        var owner = await PersonaAsync(2);
        var other = await PersonaAsync(3);
        var theirs = await GenerationServiceFor.User(database, owner.Id).GenerateAsync(ProductType.Cv, null, CancellationToken.None);
        var mine = GenerationServiceFor.User(database, other.Id);

        Assert.Null(await VersionsFor.User(database, other.Id).GetAsync(theirs.Id));
        Assert.Null(await mine.GetActiveAsync(ProductType.Cv));
        Assert.All(await mine.ListAsync(), summary => Assert.Equal(0, summary.VersionCount));
        Assert.NotNull(await VersionsFor.User(database, owner.Id).GetAsync(theirs.Id));
    }

    [Fact]
    public async Task The_list_shows_every_type_with_its_active_version_and_count()
    {
        var user = await PersonaAsync(3);
        var service = GenerationServiceFor.User(database, user.Id, time: new FixedTime(Noon));
        await service.GenerateAsync(ProductType.Cv, null, CancellationToken.None);
        await service.GenerateAsync(ProductType.Cv, null, CancellationToken.None);
        await service.GenerateAsync(ProductType.RelocationHelp, null, CancellationToken.None);

        var list = await service.ListAsync();

        // A cover letter belongs to an application, so the list of the user's own documents leaves it out.
        Assert.Equal(Enum.GetValues<ProductType>().Where(t => t != ProductType.CoverLetter), list.Select(s => s.Type));
        Assert.Equal(new ProductSummary(ProductType.Cv, 1, Noon.UtcDateTime, 2), list.Single(s => s.Type == ProductType.Cv));
        Assert.Equal(new ProductSummary(ProductType.RelocationHelp, 1, Noon.UtcDateTime, 1), list.Single(s => s.Type == ProductType.RelocationHelp));
        Assert.Equal(new ProductSummary(ProductType.PossibleJobs, null, null, 0), list.Single(s => s.Type == ProductType.PossibleJobs));
    }

    [Fact]
    public async Task The_daily_limit_stops_LLM_generations_and_resets_the_next_UTC_day()
    {
        var user = await PersonaAsync(0);
        await AddVersionsAsync(user.Id, ProductType.PossibleJobs, ("openai/test", Noon.AddDays(-1)), ("built-in", Noon), ("user edit", Noon));
        var options = new GenerationOptions { Provider = GenerationProvider.OpenAI, DailyLimit = 2 };
        var llm = new ScriptedGenerator("openai/test");
        var today = GenerationServiceFor.User(database, user.Id, llm, options, new FixedTime(Noon));

        await today.GenerateAsync(ProductType.Cv, null, CancellationToken.None);
        await today.GenerateAsync(ProductType.PossibleJobs, null, CancellationToken.None);
        var refused = await Assert.ThrowsAsync<GenerationFailedException>(() => today.GenerateAsync(ProductType.Cv, null, CancellationToken.None));

        Assert.Equal("You have reached today's limit of 2 generations; it resets at midnight UTC.", refused.Message);
        Assert.Equal(2, llm.Calls);
        var midnight = GenerationServiceFor.User(database, user.Id, llm, options, new FixedTime(Noon.AddHours(12)));
        Assert.Equal(2, (await midnight.GenerateAsync(ProductType.Cv, null, CancellationToken.None)).Version);
    }

    [Fact]
    public async Task Built_in_generations_are_not_capped()
    {
        var user = await PersonaAsync(1);
        var service = GenerationServiceFor.User(database, user.Id, options: new GenerationOptions { DailyLimit = 1 });

        for (var i = 0; i < 3; i++)
        {
            await service.GenerateAsync(ProductType.SuggestedCourses, null, CancellationToken.None);
        }

        Assert.Equal(3, (await StoredAsync(user.Id)).Count);
    }

    [Fact]
    public async Task A_failing_generator_stores_nothing_and_says_sorry_with_a_reference()
    {
        var user = await PersonaAsync(2);
        var service = GenerationServiceFor.User(database, user.Id, new ThrowingGenerator(new HttpRequestException("connection refused")));

        var failure = await Assert.ThrowsAsync<GenerationFailedException>(() => service.GenerateAsync(ProductType.Cv, null, CancellationToken.None));

        Assert.StartsWith("Sorry, generating your CV failed. Please try again; if it keeps failing, quote reference ", failure.Message);
        Assert.DoesNotContain("connection refused", failure.Message);
        Assert.Empty(await StoredAsync(user.Id));
    }

    [Fact]
    public async Task A_generator_message_for_the_user_is_passed_on_unchanged()
    {
        var user = await PersonaAsync(2);
        var service = GenerationServiceFor.User(database, user.Id, new ThrowingGenerator(new GenerationFailedException("The model refused.")));

        var failure = await Assert.ThrowsAsync<GenerationFailedException>(() => service.GenerateAsync(ProductType.Cv, null, CancellationToken.None));

        Assert.Equal("The model refused.", failure.Message);
        Assert.Empty(await StoredAsync(user.Id));
    }

    [Fact]
    public async Task Invalid_content_is_not_stored_and_the_problem_is_named()
    {
        var user = await PersonaAsync(0);
        var tooLong = new LinkedInContent
        {
            Headline = new string('x', 300), About = "About.", Experience = [], Education = [], Certifications = [], Skills = [], Languages = [],
        };
        var service = GenerationServiceFor.User(database, user.Id, new ScriptedGenerator(content: _ => tooLong));

        var failure = await Assert.ThrowsAsync<GenerationFailedException>(() => service.GenerateAsync(ProductType.LinkedInExport, null, CancellationToken.None));

        Assert.Equal("The generated LinkedIn update could not be used: The LinkedIn headline is 300 characters; the limit is 220.", failure.Message);
        Assert.Empty(await StoredAsync(user.Id));
    }

    [Fact]
    public async Task Cancelling_mid_generation_stores_nothing()
    {
        var user = await PersonaAsync(3);
        var generator = new HangingGenerator();
        var progress = new SyncProgress();
        using var cancel = new CancellationTokenSource();
        var service = GenerationServiceFor.User(database, user.Id, generator);

        var generation = service.GenerateAsync(ProductType.Cv, progress, cancel.Token);
        await generator.Started.Task;
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => generation);
        Assert.Equal("{\"headline\":", Assert.Single(progress.Reports).PartialText);
        Assert.Empty(await StoredAsync(user.Id));
    }

    [Fact]
    public async Task Missing_profile_data_gives_a_message_the_user_can_act_on()
    {
        await using var db = database.CreateContext();
        var bare = await TestUsers.AddAsync(db);
        // A name, and nothing else: the CV then lacks records.
        db.UserProfiles.Add(new UserProfile { UserId = bare.Id, FullName = "Ana Example" });
        await db.SaveChangesAsync();
        var service = GenerationServiceFor.User(database, bare.Id);

        var cv = await Assert.ThrowsAsync<GenerationFailedException>(() => service.GenerateAsync(ProductType.Cv, null, CancellationToken.None));
        var relocation = await Assert.ThrowsAsync<GenerationFailedException>(() => service.GenerateAsync(ProductType.RelocationHelp, null, CancellationToken.None));
        var plan = await service.GenerateAsync(ProductType.CareerPlan1Y, null, CancellationToken.None);

        Assert.Equal("A CV needs at least one job, course or education record. Add them to your profile, then generate again.", cv.Message);
        Assert.Contains("desired job locations", relocation.Message);
        Assert.Equal(1, Assert.Single(await StoredAsync(bare.Id)).Version);
        Assert.Null(ProductJson.Deserialize<CareerPlanContent>(plan.Content).BasedOnGoal);
    }

    [Fact]
    public async Task Without_a_signed_in_user_nothing_is_generated_or_read()
    {
        var contexts = new TestContextFactory(database);
        var options = Microsoft.Extensions.Options.Options.Create(new GenerationOptions());
        var anonymous = new CareerNavigator.Web.Products.Generation.ProductGenerationService(
            contexts, TestCurrentUser.Nobody(), new OccupationServicesFor(database).InputLoader,
            new ProductVersionWriter(contexts), new ScriptedGenerator(), new ProductContentRules(),
            new ModelUsageMeter(contexts, TimeProvider.System, options, Microsoft.Extensions.Logging.Abstractions.NullLogger<ModelUsageMeter>.Instance),
            TimeProvider.System, options,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<CareerNavigator.Web.Products.Generation.ProductGenerationService>.Instance);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => anonymous.GenerateAsync(ProductType.Cv, null, CancellationToken.None));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => anonymous.ListAsync());
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => anonymous.GetActiveAsync(ProductType.Cv));
    }

    private async Task<User> PersonaAsync(int index)
    {
        await using var db = database.CreateContext();
        return await PersonaRows.AddAsync(db, DemoPersonas.All[index]);
    }

    private async Task<List<GeneratedProduct>> StoredAsync(int userId)
    {
        await using var db = database.CreateContext();
        return await db.GeneratedProducts.AsNoTracking().Where(g => g.UserId == userId).OrderBy(g => g.ProductType).ThenBy(g => g.Version).ToListAsync();
    }

    private async Task AddVersionsAsync(int userId, ProductType type, params (string Model, DateTimeOffset At)[] versions)
    {
        await using var db = database.CreateContext();
        db.GeneratedProducts.AddRange(versions.Select((v, i) => new GeneratedProduct
        {
            UserId = userId, ProductType = type, Version = i + 1, IsActive = i == 0, Content = "{}", ModelUsed = v.Model, GeneratedAt = v.At.UtcDateTime,
        }));
        await db.SaveChangesAsync();
    }
}
