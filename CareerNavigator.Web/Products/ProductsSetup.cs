using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.Llm;
using CareerNavigator.Web.Products.Versions;

namespace CareerNavigator.Web.Products;

public static class ProductsSetup
{
    /// <summary>Generation (built-in, or the configured model), versions and exports of every product type.</summary>
    public static WebApplicationBuilder AddProducts(this WebApplicationBuilder builder) =>
        builder.AddGeneration().AddLlmGeneration().AddProductVersions();
}
