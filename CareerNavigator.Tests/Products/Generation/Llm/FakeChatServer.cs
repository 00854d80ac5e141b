using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerNavigator.Tests.Products.Generation.Llm;

/// <summary>
/// A loopback Kestrel app speaking the OpenAI chat-completions protocol at <c>/v1/chat/completions</c> (OpenAI) and
/// <c>/openai/deployments/{deployment}/chat/completions</c> (Azure OpenAI), plain JSON or SSE as the request asks.
/// Each request takes the next scripted <see cref="Reply"/> (the last one repeats) and is recorded.
/// </summary>
public sealed class FakeChatServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Reply> _script = new();
    private Reply _last = Reply.Status(500, "No reply was scripted.");

    private FakeChatServer(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    public ConcurrentQueue<ReceivedRequest> Received { get; } = new();

    public ReceivedRequest LastRequest => Received.Last();

    public static async Task<FakeChatServer> StartAsync(params Reply[] script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeChatServer(app);
        server.Script(script);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", server.HandleAsync);
        await app.StartAsync();
        server.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    /// <summary>Replaces what is left of the script and forgets what was received.</summary>
    public void Script(params Reply[] replies)
    {
        _script.Clear();
        Received.Clear();
        foreach (var reply in replies)
        {
            _script.Enqueue(reply);
        }

        if (replies.Length > 0)
        {
            _last = replies[^1];
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        var request = new ReceivedRequest(
            context.Request.Path.Value ?? "",
            context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()),
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            JsonNode.Parse(body)!.AsObject(),
            DateTimeOffset.UtcNow);
        Received.Enqueue(request);

        var reply = _script.TryDequeue(out var next) ? next : _last;
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(
            context.RequestAborted, _app.Lifetime.ApplicationStopping);
        try
        {
            await reply.WriteAsync(context, request, stopping.Token);
        }
        catch (OperationCanceledException)
        {
            // The client went away (cancelled or timed out): nothing more to write.
        }
    }
}
