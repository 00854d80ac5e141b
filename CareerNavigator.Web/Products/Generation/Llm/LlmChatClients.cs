using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Microsoft.Extensions.AI;
using OpenAI;

namespace CareerNavigator.Web.Products.Generation.Llm;

/// <summary>Builds the <see cref="IChatClient"/> for <c>Generation:Provider</c> OpenAI or AzureOpenAI over one HttpClient whose
/// <see cref="LlmRetryHandler"/> does all retrying.</summary>
public static class LlmChatClients
{
    public static IChatClient Create(LlmOptions options, ILoggerFactory loggers)
    {
        var handler = new LlmRetryHandler(options, loggers.CreateLogger<LlmRetryHandler>())
        {
            InnerHandler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) },
        };

        // StructuredChat enforces the overall limit per generation and must be the one to fire (it reports it in words);
        // these backstops only replace the 100 s defaults of HttpClient and the SDK pipeline, too short for long answers.
        var backstop = options.Timeout + TimeSpan.FromSeconds(30);
        var http = new HttpClient(handler) { Timeout = backstop };
        var transport = new HttpClientPipelineTransport(http);
        var key = new ApiKeyCredential(options.ApiKey ?? throw new InvalidOperationException("Generation:ApiKey is not set."));
        var endpoint = new Uri(options.Endpoint ?? throw new InvalidOperationException("Generation:Endpoint is not set."));
        var model = options.Model ?? throw new InvalidOperationException("Generation:Model is not set.");

        var chat = options.IsAzureOpenAI
            ? new AzureOpenAIClient(endpoint, key, new AzureOpenAIClientOptions
            {
                Transport = transport,
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                NetworkTimeout = backstop,
            }).GetChatClient(model)
            : new OpenAIClient(key, new OpenAIClientOptions
            {
                Endpoint = endpoint,
                Transport = transport,
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                NetworkTimeout = backstop,
            }).GetChatClient(model);

        return chat.AsIChatClient();
    }
}
