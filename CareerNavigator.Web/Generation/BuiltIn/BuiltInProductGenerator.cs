using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Generation.Content;

namespace CareerNavigator.Web.Generation.BuiltIn;

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
        var content = Build(facts, type);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(new GenerationResult(content, ModelName, BuiltInInputs.Describe(facts, type)));
    }

    private static string Build(ProfileFacts facts, ProductType type) => type switch
    {
        ProductType.Cv => ProductJson.Serialize(CvBuilder.Build(facts)),
        ProductType.LinkedInExport => ProductJson.Serialize(LinkedInBuilder.Build(facts)),
        ProductType.CareerPlan1Y or ProductType.CareerPlan3Y or ProductType.CareerPlan5Y =>
            ProductJson.Serialize(PlanBuilder.Build(facts, ProductContentRules.PlanYears(type))),
        ProductType.SuggestedCourses => ProductJson.Serialize(CourseSuggester.Build(facts)),
        ProductType.PossibleJobs => ProductJson.Serialize(JobSuggester.Build(facts)),
        ProductType.PossibleCompanies => ProductJson.Serialize(CompanyKindSuggester.Build(facts)),
        ProductType.RelocationHelp => ProductJson.Serialize(RelocationChecklistBuilder.Build(facts)),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown product type."),
    };
}
