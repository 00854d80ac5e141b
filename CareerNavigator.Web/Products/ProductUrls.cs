using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Products;

/// <summary>Product pages are addressed by the seed's label of the type: <c>products/cv</c>, <c>products/career_plan_1y</c>.</summary>
public static class ProductUrls
{
    public const string List = "products";

    public static string Page(ProductType type) => $"{List}/{type.Label()}";

    /// <summary>Only the exact lower-case labels are pages; anything else (names, numbers, other casing) is not found.</summary>
    public static bool TryParse(string? slug, out ProductType type)
    {
        type = default;
        if (slug is null || !DatabaseLabels.Labels<ProductType>().Contains(slug))
        {
            return false;
        }
        type = DatabaseLabels.Parse<ProductType>(slug);
        return true;
    }
}
