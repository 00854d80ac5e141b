using CareerNavigator.Tests.Occupations;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products.Types.RelocationHelp;
using CareerNavigator.Web.Products.Versions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerNavigator.Tests.Products.Generation;

/// <summary>The real service over a test database, signed in as one user, with the generator, options and clock a test chooses.</summary>
public static class GenerationServiceFor
{
    public static ProductGenerationService User(
        MigratedDatabase database, int userId, IProductGenerator? generator = null, GenerationOptions? options = null, TimeProvider? time = null)
    {
        var contexts = new TestContextFactory(database);
        var settings = Options.Create(options ?? new GenerationOptions());
        time ??= TimeProvider.System;
        return new ProductGenerationService(
            contexts,
            TestCurrentUser.For(userId),
            new OccupationServicesFor(database).InputLoader,
            new ProductVersionWriter(contexts),
            generator ?? new BuiltInProductGenerator(),
            new ProductContentRules(),
            Meter(database, settings.Value, time),
            time,
            settings,
            NullLogger<ProductGenerationService>.Instance);
    }

    /// <summary>The real daily-limit counter over a test database.</summary>
    public static ModelUsageMeter Meter(MigratedDatabase database, GenerationOptions options, TimeProvider? time = null) =>
        new(new TestContextFactory(database), time ?? TimeProvider.System, Options.Create(options), NullLogger<ModelUsageMeter>.Instance);
}

/// <summary>A clock stopped at one instant.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>
/// Stands in for an LLM generator: returns the built-in content under another model name, or whatever it is told to,
/// after <paramref name="delay"/> (a model takes a while, so concurrent generations overlap).
/// </summary>
public sealed class ScriptedGenerator(
    string modelUsed = "openai/test", Func<ProductType, object>? content = null, TimeSpan delay = default) : IProductGenerator
{
    private readonly BuiltInProductGenerator _builtIn = new();

    private int _calls;

    public int Calls => _calls;

    public async Task<GenerationResult> GenerateAsync(
        GenerationInput input, ProductType type, IProgress<GenerationProgress>? progress, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        await Task.Delay(delay, cancellationToken);
        var produced = content?.Invoke(type) ?? (await _builtIn.GenerateAsync(input, type, progress, cancellationToken)).Content;
        return new GenerationResult(produced, modelUsed, "[{\"role\":\"user\",\"content\":\"test\"}]");
    }
}

/// <summary>A generator that fails the way a broken provider would.</summary>
public sealed class ThrowingGenerator(Exception exception) : IProductGenerator
{
    public Task<GenerationResult> GenerateAsync(
        GenerationInput input, ProductType type, IProgress<GenerationProgress>? progress, CancellationToken cancellationToken) =>
        Task.FromException<GenerationResult>(exception);
}

/// <summary>A generator that reports progress and then waits until it is cancelled, like a long stream.</summary>
public sealed class HangingGenerator : IProductGenerator
{
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<GenerationResult> GenerateAsync(
        GenerationInput input, ProductType type, IProgress<GenerationProgress>? progress, CancellationToken cancellationToken)
    {
        progress?.Report(new GenerationProgress("Streaming", "{\"headline\":"));
        Started.TrySetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }
}

public static class GenerationResultJson
{
    /// <summary>The content in its stored JSON form, for comparing with what a model was sent or a row holds.</summary>
    public static string ContentJson(this GenerationResult result) => ProductJson.Serialize(result.Content);
}
