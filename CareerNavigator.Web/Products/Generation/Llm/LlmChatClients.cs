using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Microsoft.Extensions.AI;
using OpenAI;

namespace CareerNavigator.Web.Products.Generation.Llm;

/// <summary>Builds the <see cref="IChatClient"/> for <c>Generation:Provider</c> OpenAI or AzureOpenAI over the factory's
/// <see cref="HttpClientName"/> client, whose <see cref="LlmRetryPolicy"/> does all retrying.</summary>
public static class LlmChatClients
{
    public const string HttpClientName = "llm";

    /// <summary>
    /// StructuredChat enforces the overall limit per generation and must be the one to fire (it reports it in words);
    /// this backstop only replaces the 100 s defaults of HttpClient and the SDK pipeline, too short for long answers.
    /// </summary>
    public static TimeSpan Backstop(LlmOptions options) => options.Timeout + TimeSpan.FromSeconds(30);

    public static IChatClient Create(LlmOptions options, IHttpClientFactory httpClients)
    {
        var transport = new HttpClientPipelineTransport(httpClients.CreateClient(HttpClientName));
        var key = new ApiKeyCredential(options.ApiKey ?? throw new InvalidOperationException("Generation:ApiKey is not set."));
        var endpoint = new Uri(options.Endpoint ?? throw new InvalidOperationException("Generation:Endpoint is not set."));
        var model = options.Model ?? throw new InvalidOperationException("Generation:Model is not set.");

        var chat = options.IsAzureOpenAI
            ? new AzureOpenAIClient(endpoint, key, new AzureOpenAIClientOptions
            {
                Transport = transport,
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                NetworkTimeout = Backstop(options),
            }).GetChatClient(model)
            : new OpenAIClient(key, new OpenAIClientOptions
            {
                Endpoint = endpoint,
                Transport = transport,
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                NetworkTimeout = Backstop(options),
            }).GetChatClient(model);

        return chat.AsIChatClient();
    }
}
