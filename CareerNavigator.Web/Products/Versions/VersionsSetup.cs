using CareerNavigator.Web.Products.Versions.Designs;
using CareerNavigator.Web.Products.Versions.Export;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerNavigator.Web.Products.Versions;

public static class VersionsSetup
{
    public static WebApplicationBuilder AddProductVersions(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ProductVersionWriter>();
        builder.Services.AddScoped<ProductVersionService>();
        builder.Services.AddScoped<VersionDesignService>();
        builder.Services.AddScoped<Sources.VersionClaimService>();
        return builder;
    }

    /// <summary>The export downloads: <c>/products/{type}/versions/{id}/export.pdf|.docx|.json</c>, for the version's owner only.</summary>
    public static WebApplication MapProductVersionExports(this WebApplication app)
    {
        ExportEndpoints.Map(app);
        return app;
    }
}
