using CareerNavigator.Data;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Products.Generation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerNavigator.Tests.Products.Generation;

/// <summary>The counter itself, on both providers: one atomic statement per unit taken, never below zero when given back.</summary>
public sealed class ModelUsageMeterTests(MigratedDatabase postgres) : IClassFixture<MigratedDatabase>, IAsyncLifetime
{
    private readonly SqliteTestDatabase _sqlite = new();

    public Task InitializeAsync() => _sqlite.InitializeAsync();

    public Task DisposeAsync() => _sqlite.DisposeAsync();

    [Fact]
    public async Task Twenty_concurrent_takes_at_a_limit_of_5_on_PostgreSQL_get_exactly_5()
    {
        var contexts = new TestContextFactory(postgres);
        var userId = await NewUserAsync(contexts);
        var meter = Meter(contexts, limit: 5);

        var taken = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            try
            {
                (await meter.TakeAsync(userId, CancellationToken.None)).Keep();
                return true;
            }
            catch (GenerationFailedException)
            {
                return false;
            }
        })));

        Assert.Equal(5, taken.Count(t => t));
        Assert.Equal(5, await UnitsAsync(contexts, userId));
    }

    [Theory]
    [InlineData("PostgreSQL")]
    [InlineData("SQLite")]
    public async Task Units_are_taken_up_to_the_limit_and_given_back_never_below_zero(string provider)
    {
        IDbContextFactory<CareerNavigatorDbContext> contexts = provider == "SQLite" ? _sqlite : new TestContextFactory(postgres);
        var userId = await NewUserAsync(contexts);
        var meter = Meter(contexts, limit: 2);

        var first = await meter.TakeAsync(userId, CancellationToken.None);
        var second = await meter.TakeAsync(userId, CancellationToken.None);
        var refused = await Assert.ThrowsAsync<GenerationFailedException>(() => meter.TakeAsync(userId, CancellationToken.None));
        await second.DisposeAsync();
        var third = await meter.TakeAsync(userId, CancellationToken.None);
        first.Keep();
        third.Keep();
        await first.DisposeAsync();
        await third.DisposeAsync();

        Assert.Equal(DailyLimitTests.LimitMessage(2), refused.Message);
        Assert.Equal(2, await UnitsAsync(contexts, userId));
        await SetUnitsAsync(contexts, userId, 0);
        var lastOfTheDay = await meter.TakeAsync(userId, CancellationToken.None);
        await SetUnitsAsync(contexts, userId, 0);
        await lastOfTheDay.DisposeAsync();
        Assert.Equal(0, await UnitsAsync(contexts, userId));
    }

    private static ModelUsageMeter Meter(IDbContextFactory<CareerNavigatorDbContext> contexts, int limit) =>
        new(contexts, TimeProvider.System, Options.Create(DailyLimitTests.Model(limit)), NullLogger<ModelUsageMeter>.Instance);

    private static async Task<int> NewUserAsync(IDbContextFactory<CareerNavigatorDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return (await TestUsers.AddAsync(db)).Id;
    }

    private static async Task SetUnitsAsync(IDbContextFactory<CareerNavigatorDbContext> contexts, int userId, int units)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await db.ModelUsage.Where(u => u.UserId == userId).ExecuteUpdateAsync(set => set.SetProperty(u => u.Units, units));
    }

    private static async Task<int> UnitsAsync(IDbContextFactory<CareerNavigatorDbContext> contexts, int userId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.ModelUsage.Where(u => u.UserId == userId).SumAsync(u => u.Units);
    }
}
