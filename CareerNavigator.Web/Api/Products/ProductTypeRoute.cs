using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Types;

namespace CareerNavigator.Web.Api.Products;

/// <summary>The {type} segment: one of the registered types' labels (cv, career_plan_1y, ...); anything else is 404.</summary>
public static class ProductTypeRoute
{
    public static ProductType Parse(string type) =>
        ProductCatalog.Default.TryForLabel(type, out var descriptor)
            ? descriptor.Type
            : throw new ApiProblemException(StatusCodes.Status404NotFound, "Unknown product type",
                $"There is no product type '{type}'. The types are: {string.Join(", ", ProductCatalog.Default.All.Select(d => d.Label))}.");
}
