using CareerNavigator.Web.BackgroundJobs;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Generation.Jobs;
using CareerNavigator.Web.Products.Types;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareerNavigator.Web.Products.Generation;

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
        services.AddSingleton<ModelUsageMeter>();
        services.AddScoped<ProductGenerationService>();
        services.AddScoped<GenerationJobScope>();
        services.AddScoped<GenerationJobService>();
        services.AddSingleton<GenerationJobSignals>();
        services.AddHostedService<GenerationJobListener>();
        services.AddSingleton<GenerationJobCleanup>();
        services.AddHostedService(sp => sp.GetRequiredService<GenerationJobCleanup>());
        services.AddKeyedScoped<IJobHandler, GenerationJobRunner>(GenerationJobRunner.Group);

        services.AddSingleton<BuiltInProductGenerator>();
        services.AddSingleton<IProductGenerator>(sp => sp.GetRequiredService<IOptions<GenerationOptions>>().Value.Provider switch
        {
            GenerationProvider.BuiltIn => sp.GetRequiredService<BuiltInProductGenerator>(),
            // AddLlmGeneration (Generation/Llm) replaces this registration when a model is configured.
            var provider => throw new InvalidOperationException(
                $"Generation:Provider is '{provider}', but no {provider} generator is registered (call AddLlmGeneration)."),
        });
        return builder;
    }
}
