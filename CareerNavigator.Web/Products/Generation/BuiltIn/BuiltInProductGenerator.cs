using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Types;

namespace CareerNavigator.Web.Products.Generation.BuiltIn;

/// <summary>
/// Generates every product from the user's own data with fixed rules and small catalogs, without a network
/// or a model. It never invents employers, institutions, degrees, dates or facts, and the same profile
/// always gives the same content.
/// </summary>
public sealed class BuiltInProductGenerator : IProductGenerator
{
    public const string ModelName = "built-in";

    public Task<GenerationResult> GenerateAsync(
        GenerationInput input,
        ProductType type,
        IProgress<GenerationProgress>? progress,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new GenerationProgress("Reading your profile"));
        var facts = new ProfileFacts(input);

        progress?.Report(new GenerationProgress("Writing the content"));
        var content = ProductCatalog.Default.For(type).Build(facts);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(new GenerationResult(content, ModelName, BuiltInInputs.Describe(facts, type)));
    }
}
