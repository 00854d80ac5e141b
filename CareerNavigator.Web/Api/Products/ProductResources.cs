using System.Text.Json;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products;
using CareerNavigator.Web.Products.Types;

namespace CareerNavigator.Web.Api.Products;

/// <summary>One product type and the caller's state of it.</summary>
public sealed record ProductTypeResource(string Type, string Title, string Summary, int? ActiveVersion, DateTime? ActiveGeneratedAt, int VersionCount)
{
    public static ProductTypeResource From(ProductSummary s)
    {
        var description = ProductCatalog.Default.For(s.Type);
        return new(description.Label, description.Title, description.Summary, s.ActiveVersion, s.ActiveGeneratedAt, s.VersionCount);
    }
}

/// <summary>A version in a list: everything but the content and the prompt.</summary>
public sealed record VersionSummaryResource(int Id, string ProductType, int Version, bool IsActive, DateTime GeneratedAt, string? ModelUsed)
{
    public static VersionSummaryResource From(GeneratedProduct g) =>
        new(g.Id, ProductCatalog.Default.For(g.ProductType).Label, g.Version, g.IsActive, g.GeneratedAt, g.ModelUsed);
}

/// <summary>One version in full: its content (shaped by its product type) and how it was made.</summary>
public sealed record VersionResource(
    int Id, string ProductType, int Version, bool IsActive, DateTime GeneratedAt, string? ModelUsed, string? PromptUsed, JsonElement Content)
{
    public static VersionResource From(GeneratedProduct g)
    {
        using var content = JsonDocument.Parse(g.Content);
        return new(g.Id, ProductCatalog.Default.For(g.ProductType).Label, g.Version, g.IsActive, g.GeneratedAt, g.ModelUsed, g.PromptUsed, content.RootElement.Clone());
    }
}
