using CareerNavigator.Web.Applications.Matching.Model;
using CareerNavigator.Web.Products.Generation.Llm;

namespace CareerNavigator.Web.Applications.Matching;

public static class MatchingSetup
{
    /// <summary>Reading adverts and matching them against the signed-in user's profile; with a configured model, its reading too.</summary>
    public static WebApplicationBuilder AddAdvertMatching(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AdvertMatchService>();
        if (LlmOptions.IsModelProvider(builder.Configuration[$"{LlmOptions.Section}:{nameof(LlmOptions.Provider)}"]))
        {
            builder.Services.AddScoped<AdvertModelReader>();
        }
        return builder;
    }
}
