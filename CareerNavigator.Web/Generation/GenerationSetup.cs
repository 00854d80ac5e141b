using CareerNavigator.Web.Generation.BuiltIn;
using CareerNavigator.Web.Generation.Content;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareerNavigator.Web.Generation;

public static class GenerationSetup
{
    /// <summary>
    /// Registers the product generation services. <c>Generation:Provider</c> picks the generator when it is
    /// first needed; the built-in one is the default and needs no network.
    /// </summary>
    public static WebApplicationBuilder AddGeneration(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GenerationOptions>().BindConfiguration(GenerationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IProductContentRules, ProductContentRules>();
        services.AddSingleton<GenerationInputLoader>();
        services.AddSingleton<ProductVersionWriter>();
        services.AddScoped<ProductGenerationService>();

        services.AddSingleton<BuiltInProductGenerator>();
        services.AddSingleton<IProductGenerator>(sp => sp.GetRequiredService<IOptions<GenerationOptions>>().Value.Provider switch
        {
            GenerationProvider.BuiltIn => sp.GetRequiredService<BuiltInProductGenerator>(),
            // The LLM generator (OpenAI / Azure OpenAI through IChatClient) plugs in here.
            var provider => throw new InvalidOperationException(
                $"Generation:Provider is '{provider}', but this build has no {provider} generator yet. Use BuiltIn."),
        });
        return builder;
    }
}
