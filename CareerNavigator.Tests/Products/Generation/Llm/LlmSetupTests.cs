using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.Llm;
using CareerNavigator.Web.Products.Generation.Llm.CvExtraction;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareerNavigator.Tests.Products.Generation.Llm;

/// <summary><see cref="LlmSetup.AddLlmGeneration"/> from configuration: what it registers and how it refuses bad settings.</summary>
public sealed class LlmSetupTests
{
    private const string Key = "sk-setup-test-3f1d9a";

    [Theory]
    [InlineData(null)]
    [InlineData("BuiltIn")]
    [InlineData("builtin")]
    public void Without_a_model_CV_extraction_is_absent_and_says_why(string? provider)
    {
        using var services = Build(new() { ["Generation:Provider"] = provider });

        var availability = services.GetRequiredService<ILlmAvailability>();
        Assert.False(availability.IsConfigured);
        Assert.Equal("CV extraction needs an AI model; none is configured.", availability.Reason);
        Assert.Null(services.GetService<CvRecordExtractor>());
        Assert.Null(services.GetService<CvExtractionService>());
        Assert.IsType<BuiltInStandIn>(services.CreateScope().ServiceProvider.GetRequiredService<IProductGenerator>());
    }

    [Theory]
    [InlineData("OpenAI")]
    [InlineData("AzureOpenAI")]
    [InlineData("openai")]
    public void A_configured_model_replaces_the_built_in_generator_and_offers_CV_extraction(string provider)
    {
        using var services = Build(Complete(provider));
        using var scope = services.CreateScope();

        Assert.IsType<LlmProductGenerator>(scope.ServiceProvider.GetRequiredService<IProductGenerator>());
        Assert.Single(scope.ServiceProvider.GetServices<IProductGenerator>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<CvRecordExtractor>());
        Assert.Equal(LlmAvailability.Configured, services.GetRequiredService<ILlmAvailability>());
    }

    [Theory]
    [InlineData("Generation:Endpoint", "Generation:Endpoint is missing")]
    [InlineData("Generation:Model", "Generation:Model is missing")]
    [InlineData("Generation:ApiKey", "Generation:ApiKey is missing")]
    public void A_missing_setting_stops_start_up_naming_it(string setting, string message)
    {
        foreach (var provider in new[] { LlmOptions.OpenAI, LlmOptions.AzureOpenAI })
        {
            var settings = Complete(provider);
            settings[setting] = null;

            var failure = StartUpFailure(settings);

            Assert.Contains(message, failure);
            Assert.DoesNotContain(Key, failure);
        }
    }

    [Theory]
    [InlineData("Generation:Provider", "Gemini", "Generation:Provider 'Gemini' is unknown; use BuiltIn, OpenAI or AzureOpenAI.")]
    [InlineData("Generation:Endpoint", "localhost:11434", "is not an http(s) URL")]
    [InlineData("Generation:TimeoutSeconds", "0", "Generation:TimeoutSeconds must be between 1 and 3600")]
    [InlineData("Generation:MaxRetries", "-1", "Generation:MaxRetries must be between 0 and 10")]
    public void A_wrong_setting_stops_start_up_naming_it(string setting, string value, string message)
    {
        var settings = Complete(LlmOptions.OpenAI);
        settings[setting] = value;

        Assert.Contains(message, StartUpFailure(settings));
    }

    [Fact]
    public void Every_missing_setting_is_named_at_once()
    {
        var failure = StartUpFailure(new() { ["Generation:Provider"] = "AzureOpenAI" });

        Assert.Contains("Generation:Endpoint is missing", failure);
        Assert.Contains("Azure OpenAI deployment name", failure);
        Assert.Contains("dotnet user-secrets set Generation:ApiKey", failure);
    }

    [Fact]
    public void The_defaults_suit_long_generations()
    {
        var options = new LlmOptions();

        Assert.Equal(TimeSpan.FromMinutes(5), options.Timeout);
        Assert.Equal(3, options.MaxRetries);
        Assert.Equal(LlmOptions.BuiltIn, options.Provider);
    }

    [Fact]
    public void No_settings_file_shipped_with_the_app_holds_an_api_key()
    {
        var files = Directory.GetFiles(AppContext.BaseDirectory, "appsettings*.json");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var configuration = new ConfigurationBuilder().AddJsonFile(file).Build();
            Assert.Null(configuration["Generation:ApiKey"]);
        }
    }

    private static Dictionary<string, string?> Complete(string provider) => new()
    {
        ["Generation:Provider"] = provider,
        ["Generation:Endpoint"] = "http://127.0.0.1:9/v1",
        ["Generation:Model"] = "some-model",
        ["Generation:ApiKey"] = Key,
    };

    private static string StartUpFailure(Dictionary<string, string?> settings)
    {
        using var services = Build(settings);
        return Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate()).Message;
    }

    /// <summary>
    /// The built-in generator is registered first, as Program.cs does; so are stand-ins for what AddGeneration and
    /// AddAccounts give <see cref="CvExtractionService"/>, which these tests never run.
    /// </summary>
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<IProductContentRules, TestContentRules>();
        builder.Services.AddScoped<IProductGenerator, BuiltInStandIn>();
        builder.Services.AddScoped(_ => TestCurrentUser.Nobody());
        builder.Services.AddSingleton<ModelUsageMeter>(_ => throw new NotSupportedException("These tests have no database."));
        builder.AddLlmGeneration();
        return builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private sealed class BuiltInStandIn : IProductGenerator
    {
        public Task<GenerationResult> GenerateAsync(GenerationInput input, ProductType type, IProgress<GenerationProgress>? progress, CancellationToken cancellationToken) =>
            Task.FromResult(new GenerationResult(new object(), "built-in", "{}"));
    }
}
