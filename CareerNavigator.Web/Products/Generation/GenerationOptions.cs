using System.ComponentModel.DataAnnotations;

namespace CareerNavigator.Web.Products.Generation;

/// <summary>Section <c>Generation</c>: which generator produces the products, and the daily cap on LLM generations.</summary>
public sealed class GenerationOptions
{
    public const string Section = "Generation";

    public GenerationProvider Provider { get; set; } = GenerationProvider.BuiltIn;

    /// <summary>
    /// Units of AI-model work (product generations and CV readings) one user may take per UTC day, counted by
    /// <see cref="ModelUsageMeter"/>. Built-in generations are not counted.
    /// </summary>
    [Range(1, 10_000)]
    public int DailyLimit { get; set; } = 30;
}

public enum GenerationProvider
{
    BuiltIn,
    OpenAI,
    AzureOpenAI,
}
