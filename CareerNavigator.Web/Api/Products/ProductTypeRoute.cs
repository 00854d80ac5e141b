using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Types;

namespace CareerNavigator.Web.Api.Products;

/// <summary>
/// The {type} segment: one of the labels of the types that stand on their own (cv, career_plan_1y, ...); anything else,
/// a cover letter included (it belongs to an application and is reached through it), is 404.
/// </summary>
public static class ProductTypeRoute
{
    public static ProductType Parse(string type) =>
        ProductCatalog.Default.TryForLabel(type, out var descriptor) && descriptor.Ownership == Ownership.StandsAlone
            ? descriptor.Type
            : throw new ApiProblemException(StatusCodes.Status404NotFound, "Unknown product type",
                $"There is no product type '{type}'. The types are: {string.Join(", ", ProductCatalog.Default.All.Where(d => d.Ownership == Ownership.StandsAlone).Select(d => d.Label))}.");
}
