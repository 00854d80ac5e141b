using CareerNavigator.Web.Occupations.Gaps;
using CareerNavigator.Web.Occupations.Targets;

namespace CareerNavigator.Web.Occupations;

public static class OccupationsSetup
{
    /// <summary>ESCO search, occupation pages' data, the user's goal occupation and skill gaps.</summary>
    public static WebApplicationBuilder AddOccupations(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<OccupationCatalog>();
        builder.Services.AddHostedService<OccupationCatalogWarmUp>();
        builder.Services.AddSingleton<OccupationDirectory>();
        builder.Services.AddScoped<GoalOccupationService>();
        builder.Services.AddSingleton<SkillGapCalculator>();
        builder.Services.AddScoped<SkillGapService>();
        builder.Services.AddSingleton<CareerTargetFinder>();
        return builder;
    }
}
