using System.Reflection;
using CareerNavigator.Data.Entities;
using Microsoft.AspNetCore.Components;

namespace CareerNavigator.Web.Products.Types;

/// <summary>
/// What a catalog lacks: a <see cref="ProductType"/> without a descriptor, or a descriptor without one of the parts
/// every page, generator and list relies on. The compiler enforces the rules, the builder and the codec; this checks the rest.
/// </summary>
public static class ProductCatalogCheck
{
    public static IReadOnlyList<string> Problems(ProductCatalog catalog, IReadOnlyCollection<string> promptFiles)
    {
        var problems = new List<string>();
        foreach (var type in Enum.GetValues<ProductType>().Where(t => !catalog.All.Any(d => d.Type == t)))
        {
            problems.Add($"{type.Label()} has no registered descriptor.");
        }

        foreach (var d in catalog.All)
        {
            void Require(bool present, string part)
            {
                if (!present)
                {
                    problems.Add($"{d.Label} lacks {part}.");
                }
            }

            Require(!string.IsNullOrWhiteSpace(d.Title), "a title");
            Require(!string.IsNullOrWhiteSpace(d.Summary), "a summary");
            Require(!string.IsNullOrWhiteSpace(d.Icon), "an icon");
            Require(d.ContentType is { IsClass: true }, "a content record");
            Require(promptFiles.Contains(d.PromptFile), $"its prompt file {d.PromptFile}.md");
            Require(TakesContent(d.Renderer, d.ContentType), $"a renderer with a [Parameter] Content of {d.ContentType?.Name}");
            Require(d.Editor is null || TakesContent(d.Editor, d.ContentType) && typeof(IContentEditor).IsAssignableFrom(d.Editor),
                $"an editor with a [Parameter] Content of {d.ContentType?.Name} that implements {nameof(IContentEditor)}");
            Require(d.Ranks is not null, "its order per user group");
        }

        foreach (var group in Enum.GetValues<UserGroup>().Select(g => (UserGroup?)g).Append(null))
        {
            var ranks = catalog.All.Where(d => d.Ownership == Ownership.StandsAlone && d.Ranks is not null).Select(d => d.Ranks.For(group)).Order().ToList();
            if (!ranks.SequenceEqual(Enumerable.Range(1, ranks.Count)))
            {
                problems.Add($"The order for {group?.Label() ?? "unclassified users"} is not 1..{ranks.Count} once each: {string.Join(", ", ranks)}.");
            }
        }
        return problems;
    }

    private static bool TakesContent(Type? component, Type? contentType) =>
        component is not null && contentType is not null && typeof(IComponent).IsAssignableFrom(component)
        && component.GetProperty("Content") is { } content
        && content.PropertyType == contentType
        && content.IsDefined(typeof(ParameterAttribute));
}
