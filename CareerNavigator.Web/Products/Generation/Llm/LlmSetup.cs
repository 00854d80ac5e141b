using CareerNavigator.Web.Products.Generation.Llm.CvExtraction;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareerNavigator.Web.Products.Generation.Llm;

public static class LlmSetup
{
    /// <summary>
    /// With <c>Generation:Provider</c> OpenAI or AzureOpenAI: the chat client, <see cref="LlmProductGenerator"/> as the
    /// <see cref="IProductGenerator"/> (replacing one registered before), <see cref="CvRecordExtractor"/> and
    /// <see cref="CvExtractionService"/> (which needs AddGeneration's <see cref="ModelUsageMeter"/>). Always
    /// <see cref="ILlmAvailability"/>. Missing or wrong settings stop the app at start-up, naming each one.
    /// </summary>
    public static WebApplicationBuilder AddLlmGeneration(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>());

        if (!LlmOptions.IsModelProvider(builder.Configuration[$"{LlmOptions.Section}:{nameof(LlmOptions.Provider)}"]))
        {
            services.AddSingleton<ILlmAvailability>(LlmAvailability.NotConfigured);
            return builder;
        }

        services.AddSingleton<ILlmAvailability>(LlmAvailability.Configured);
        services.AddHttpClient(LlmChatClients.HttpClientName)
            .ConfigureHttpClient((sp, http) => http.Timeout = LlmChatClients.Backstop(sp.GetRequiredService<IOptions<LlmOptions>>().Value))
            // The chat client is a singleton and keeps its HttpClient, so connections are renewed by the pooled
            // connection lifetime (DNS changes are seen) rather than by the factory's handler rotation.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            // The SDKs send the key in a header (Authorization, api-key): request logs never show header values.
            .RedactLoggedHeaders(_ => true)
            .AddLlmRetries();
        services.AddSingleton(sp => LlmChatClients.Create(
            sp.GetRequiredService<IOptions<LlmOptions>>().Value, sp.GetRequiredService<IHttpClientFactory>()));
        services.AddSingleton<StructuredChat>();
        services.AddScoped<LlmProductGenerator>();
        services.Replace(ServiceDescriptor.Scoped<IProductGenerator>(sp => sp.GetRequiredService<LlmProductGenerator>()));
        services.AddScoped<CvRecordExtractor>();
        services.AddScoped<CvExtractionService>();
        return builder;
    }
}
