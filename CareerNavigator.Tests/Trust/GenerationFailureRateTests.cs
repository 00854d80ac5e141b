using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Products.Generation;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.DemoData;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products.Types.RelocationHelp;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Trust;

/// <summary>
/// A model that fails at any rate, in every way a model fails (network errors, refusals, unusable answers, content that
/// breaks the rules or is not the type's record, cancellation), four requests at a time: what is stored is still versions 1..n without gaps or duplicates, exactly
/// one of them active, each one valid, one per successful generation.
/// </summary>
public sealed class GenerationFailureRateTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Theory]
    [InlineData(0.25)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public async Task Failures_at_any_rate_leave_no_duplicate_partial_or_active_less_version(double failureRate)
    {
        User user;
        await using (var db = database.CreateContext())
        {
            user = await PersonaRows.AddAsync(db, DemoPersonas.All[1]);
        }
        var generator = new UnreliableGenerator(failureRate, seed: (int)(failureRate * 100));
        var service = GenerationServiceFor.User(database, user.Id, generator);
        var succeeded = 0;

        for (var batch = 0; batch < 6; batch++)
        {
            var attempts = Enumerable.Range(0, 4).Select(async _ =>
            {
                try
                {
                    await service.GenerateAsync(ProductType.Cv, null, CancellationToken.None);
                    Interlocked.Increment(ref succeeded);
                }
                catch (Exception e) when (e is GenerationFailedException or OperationCanceledException)
                {
                }
            });
            await Task.WhenAll(attempts);
        }

        await using var check = database.CreateContext();
        var stored = await check.GeneratedProducts.AsNoTracking()
            .Where(g => g.UserId == user.Id && g.ProductType == ProductType.Cv).OrderBy(g => g.Version).ToListAsync();
        Assert.True(generator.Failures > 0, "the generator must have failed sometimes");
        Assert.Equal(succeeded, stored.Count);
        Assert.Equal(Enumerable.Range(1, stored.Count), stored.Select(g => g.Version));
        if (stored.Count > 0)
        {
            Assert.Single(stored, g => g.IsActive);
        }
        var rules = new ProductContentRules();
        Assert.All(stored, g => Assert.Empty(rules.Read(ProductType.Cv, g.Content).Problems));
    }

    /// <summary>The built-in generator behind a model that fails a given share of requests, in varied ways.</summary>
    private sealed class UnreliableGenerator(double failureRate, int seed) : IProductGenerator
    {
        private readonly BuiltInProductGenerator _inner = new();
        private readonly Random _random = new(seed);
        private int _failures;

        public int Failures => _failures;

        public async Task<GenerationResult> GenerateAsync(
            GenerationInput input, ProductType type, IProgress<GenerationProgress>? progress, CancellationToken cancellationToken)
        {
            double roll;
            int kind;
            lock (_random)
            {
                roll = _random.NextDouble();
                kind = _random.Next(5);
            }
            var result = await _inner.GenerateAsync(input, type, progress, cancellationToken);
            if (roll >= failureRate)
            {
                return result;
            }
            Interlocked.Increment(ref _failures);
            return kind switch
            {
                0 => throw new GenerationFailedException("The AI model could not be reached."),
                1 => throw new OperationCanceledException("The request timed out."),
                // What the model client makes of a truncated or malformed answer.
                2 => throw new GenerationFailedException("The AI model gave an unusable answer twice, so nothing was saved."),
                3 => result with { Content = (CvContent)result.Content with { Summary = " ", Experience = [] } },
                _ => result with { Content = new object() },
            };
        }
    }
}
