using System.Collections.Frozen;

namespace CareerNavigator.Web.Products.Generation.Llm;

/// <summary>
/// The Markdown prompts embedded in the assembly: <c>system.md</c> and <c>cv_extraction.md</c> from <c>Generation/Llm/Prompts</c>,
/// and from each product type's folder under <c>Products/Types</c> its prompt (<c>cv.md</c>) with optional overlays per
/// user group (<c>cv.inexperienced_no_goal.md</c>). File names are unique across both places.
/// </summary>
public static class PromptFiles
{
    internal const string ResourcePrefix = "CareerNavigator.Prompts.";

    private static readonly Lazy<FrozenDictionary<string, string>> Texts = new(Load);

    /// <summary>Every prompt by file name without <c>.md</c>.</summary>
    public static IReadOnlyDictionary<string, string> All => Texts.Value;

    public static string Required(string name) =>
        Optional(name) ?? throw new InvalidOperationException($"The prompt file {name}.md is missing.");

    public static string? Optional(string name) => Texts.Value.GetValueOrDefault(name);

    private static FrozenDictionary<string, string> Load()
    {
        var assembly = typeof(PromptFiles).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(resource => resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) && resource.EndsWith(".md", StringComparison.Ordinal))
            .ToFrozenDictionary(
                resource => resource[ResourcePrefix.Length..^".md".Length],
                resource =>
                {
                    using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
                    return reader.ReadToEnd().Trim();
                });
    }
}
