using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Api.Products;

/// <summary>The {type} segment: one of the seed's labels (cv, career_plan_1y, ...); anything else is 404.</summary>
public static class ProductTypeRoute
{
    public static ProductType Parse(string type) =>
        DatabaseLabels.Labels<ProductType>().Contains(type)
            ? DatabaseLabels.Parse<ProductType>(type)
            : throw new ApiProblemException(StatusCodes.Status404NotFound, "Unknown product type",
                $"There is no product type '{type}'. The types are: {string.Join(", ", DatabaseLabels.Labels<ProductType>())}.");
}
