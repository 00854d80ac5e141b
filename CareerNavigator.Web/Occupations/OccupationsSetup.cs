using CareerNavigator.Web.Occupations.Gaps;
using CareerNavigator.Web.Occupations.Targets;

namespace CareerNavigator.Web.Occupations;

public static class OccupationsSetup
{
    /// <summary>ESCO search, occupation pages' data, the user's goal occupation, skill gaps and career targets, with the catalog warmed at start-up.</summary>
    public static WebApplicationBuilder AddOccupations(this WebApplicationBuilder builder)
    {
        builder.Services.AddOccupationServices();
        builder.Services.AddHostedService<OccupationCatalogWarmUp>();
        return builder;
    }

    /// <summary>The occupation services without the start-up warm-up (component tests register these alone).</summary>
    public static IServiceCollection AddOccupationServices(this IServiceCollection services)
    {
        services.AddSingleton<OccupationCatalog>();
        services.AddSingleton<OccupationDirectory>();
        services.AddScoped<GoalOccupationService>();
        services.AddSingleton<SkillGapCalculator>();
        services.AddScoped<SkillGapService>();
        services.AddSingleton<CareerTargetFinder>();
        return services;
    }
}
