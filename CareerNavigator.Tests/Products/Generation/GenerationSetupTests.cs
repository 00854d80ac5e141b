using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareerNavigator.Tests.Products.Generation;

public sealed class GenerationSetupTests
{
    [Fact]
    public void The_built_in_generator_and_a_limit_of_30_are_the_defaults()
    {
        using var app = Build();

        Assert.IsType<BuiltInProductGenerator>(app.Services.GetRequiredService<IProductGenerator>());
        var options = app.Services.GetRequiredService<IOptions<GenerationOptions>>().Value;
        Assert.Equal((GenerationProvider.BuiltIn, 30), (options.Provider, options.DailyLimit));
    }

    [Fact]
    public void An_LLM_provider_this_build_cannot_serve_fails_with_a_clear_message()
    {
        using var app = Build(("Generation:Provider", "AzureOpenAI"));

        var error = Assert.Throws<InvalidOperationException>(() => app.Services.GetRequiredService<IProductGenerator>());

        Assert.Contains("Generation:Provider is 'AzureOpenAI'", error.Message);
    }

    [Fact]
    public void A_daily_limit_below_one_is_refused()
    {
        using var app = Build(("Generation:DailyLimit", "0"));

        Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<GenerationOptions>>().Value);
    }

    private static WebApplication Build(params (string Key, string Value)[] settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)));
        builder.AddGeneration();
        return builder.Build();
    }
}
