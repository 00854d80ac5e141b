using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Types;

namespace CareerNavigator.Web.Products;

/// <summary>Product pages are addressed by the seed's label of the type: <c>products/cv</c>, <c>products/career_plan_1y</c>.</summary>
public static class ProductUrls
{
    public const string List = "products";

    public static string Page(ProductType type) => $"{List}/{ProductCatalog.Default.For(type).Label}";

    /// <summary>The editor of <paramref name="version"/>; null when its type has none.</summary>
    public static string? Edit(GeneratedProduct version) => ProductCatalog.Default.For(version.ProductType).Editor is null
        ? null
        : $"{List}/{ProductCatalog.Default.For(version.ProductType).Label}/versions/{version.Id}/edit";

    /// <summary>Where a version is read: its document's page, or for one that belongs to an application (a letter) the application's.</summary>
    public static string Home(GeneratedProduct version) => version.JobApplicationId is { } application
        ? $"applications/{application}?letter={version.Id}"
        : $"{Page(version.ProductType)}?version={version.Id}";

    /// <summary>
    /// Only the exact lower-case labels of registered types that stand on their own are pages; anything else (names,
    /// numbers, other casing, a cover letter, which lives on its application's page) is not found.
    /// </summary>
    public static bool TryParse(string? slug, out ProductType type)
    {
        var known = ProductCatalog.Default.TryForLabel(slug, out var descriptor) && descriptor.Ownership == Ownership.StandsAlone;
        type = known ? descriptor.Type : default;
        return known;
    }
}
