using Bunit;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Dashboard;
using CareerNavigator.Web.Occupations;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.RelocationHelp;
using CareerNavigator.Web.Products.Versions;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerNavigator.Tests.Products;

/// <summary>bunit in an interactive circuit with the real generation service and dashboard over a test database; only the generator may be a double.</summary>
public static class ProductTestContext
{
    public static BunitContext Create(
        MigratedDatabase? database = null, IProductGenerator? generator = null, User? signedIn = null, ILoggerProvider? logs = null,
        Action<IServiceCollection>? moreServices = null)
    {
        var ctx = ComponentTestContext.Create(database);
        if (logs is not null)
        {
            ctx.Services.AddLogging(logging => logging.AddProvider(logs));
        }
        ctx.Services.AddSingleton<IProductContentRules, ProductContentRules>();
        ctx.Services.AddSingleton(TimeProvider.System);
        ctx.Services.AddSingleton(Options.Create(new GenerationOptions()));
        ctx.Services.AddOccupationServices();
        ctx.Services.AddSingleton<GenerationInputLoader>();
        ctx.Services.AddSingleton<ProductVersionWriter>();
        ctx.Services.AddSingleton<ModelUsageMeter>();
        ctx.Services.AddSingleton<IProductGenerator>(generator ?? new BuiltInProductGenerator());
        ctx.Services.AddScoped<ProductGenerationService>();
        ctx.Services.AddScoped<DashboardService>();
        ctx.Services.AddScoped<CareerNavigator.Web.Profiles.ProfileService>();
        ctx.Services.AddScoped<CareerNavigator.Web.Products.Versions.ProductVersionService>();
        ctx.Services.AddScoped<CareerNavigator.Web.Products.Versions.Designs.VersionDesignService>();
        ctx.Services.AddScoped<CareerNavigator.Web.Products.Sources.VersionClaimService>();
        moreServices?.Invoke(ctx.Services);
        if (signedIn is not null)
        {
            ctx.SignIn(signedIn.Id, signedIn.Email!);
        }
        // Resolves the renderer, so every service must be registered before.
        ctx.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return ctx;
    }
}

/// <summary>
/// A generator that reports progress, then waits until the test releases it (and then answers like the built-in one)
/// or until it is cancelled, like a long LLM stream.
/// </summary>
public sealed class SlowGenerator(GenerationProgress? progress = null) : IProductGenerator
{
    private readonly BuiltInProductGenerator _builtIn = new();
    private int _calls;

    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public int Calls => _calls;

    public async Task<GenerationResult> GenerateAsync(
        GenerationInput input, ProductType type, IProgress<GenerationProgress>? reporter, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        reporter?.Report(progress ?? new GenerationProgress("Writing slowly"));
        Started.TrySetResult();
        try
        {
            await Release.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Cancelled.TrySetResult();
            throw;
        }
        return await _builtIn.GenerateAsync(input, type, reporter, cancellationToken);
    }
}
