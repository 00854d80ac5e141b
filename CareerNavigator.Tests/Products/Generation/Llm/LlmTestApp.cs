using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.Llm;
using CareerNavigator.Web.Products.Generation.Llm.CvExtraction;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerNavigator.Tests.Products.Generation.Llm;

/// <summary>The app's LLM registrations (<see cref="LlmSetup.AddLlmGeneration"/>) pointed at a <see cref="FakeChatServer"/>.</summary>
public sealed class LlmTestApp : IAsyncDisposable
{
    public const string Model = "test-model";
    public const string Deployment = "test-deployment";

    private readonly WebApplication _app;
    private readonly AsyncServiceScope _scope;

    private LlmTestApp(WebApplication app, CapturedLogs logs, string apiKey)
    {
        _app = app;
        _scope = app.Services.CreateAsyncScope();
        Logs = logs;
        ApiKey = apiKey;
    }

    public CapturedLogs Logs { get; }

    public string ApiKey { get; }

    public IProductGenerator Generator => _scope.ServiceProvider.GetRequiredService<IProductGenerator>();

    public CvRecordExtractor Extractor => _scope.ServiceProvider.GetRequiredService<CvRecordExtractor>();

    public static Dictionary<string, string?> Settings(FakeChatServer server, string provider) => new()
    {
        ["Generation:Provider"] = provider,
        ["Generation:Endpoint"] = provider == LlmOptions.OpenAI ? server.Url + "/v1" : server.Url,
        ["Generation:Model"] = provider == LlmOptions.OpenAI ? Model : Deployment,
        ["Generation:ApiKey"] = "sk-test-" + Guid.NewGuid().ToString("N"),
        ["Generation:TimeoutSeconds"] = "20",
        ["Generation:MaxRetries"] = "3",
        ["Generation:RetryBaseDelayMilliseconds"] = "10",
    };

    public static LlmTestApp Create(
        FakeChatServer server, string provider, Action<Dictionary<string, string?>>? adjust = null, IProductContentRules? rules = null)
    {
        var settings = Settings(server, provider);
        adjust?.Invoke(settings);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        var logs = new CapturedLogs();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddSingleton(rules ?? new TestContentRules());
        builder.AddLlmGeneration();
        var app = builder.Build();
        app.Services.GetRequiredService<IStartupValidator>().Validate();
        return new LlmTestApp(app, logs, settings["Generation:ApiKey"]!);
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _app.DisposeAsync();
    }
}
