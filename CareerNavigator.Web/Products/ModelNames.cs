using CareerNavigator.Web.Products.Generation.BuiltIn;

namespace CareerNavigator.Web.Products;

/// <summary>How the stored <c>model_used</c> of a version is told to the user.</summary>
public static class ModelNames
{
    public static string Describe(string? modelUsed) => modelUsed switch
    {
        null or "" => "an unknown generator",
        BuiltInProductGenerator.ModelName => "the built-in generator (no AI model)",
        _ => $"the AI model {modelUsed}",
    };
}
