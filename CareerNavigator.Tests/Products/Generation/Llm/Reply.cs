using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CareerNavigator.Tests.Products.Generation.Llm;

/// <summary>What the fake chat server does with one request.</summary>
public sealed class Reply(Func<HttpContext, ReceivedRequest, CancellationToken, Task> write)
{
    public Task WriteAsync(HttpContext context, ReceivedRequest request, CancellationToken cancellationToken) =>
        write(context, request, cancellationToken);

    /// <summary>The assistant answers <paramref name="content"/>: as SSE chunks when the request streams, else one JSON body.</summary>
    public static Reply Answer(string content) => new(async (context, request, ct) =>
    {
        var model = request.Body["model"]?.GetValue<string>() ?? "test";
        if (!request.Streams)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(Completion(model, content).ToJsonString(), ct);
            return;
        }

        await StartStreamAsync(context, ct);
        foreach (var piece in Pieces(content, 7))
        {
            await WriteEventAsync(context, Chunk(model, piece, finish: null).ToJsonString(), ct);
        }

        await WriteEventAsync(context, Chunk(model, null, finish: "stop").ToJsonString(), ct);
        await WriteEventAsync(context, "[DONE]", ct);
    });

    /// <summary>Streams <paramref name="partial"/>, then sends nothing more until the client goes away.</summary>
    public static Reply StreamThenHang(string partial) => new(async (context, request, ct) =>
    {
        await StartStreamAsync(context, ct);
        await WriteEventAsync(context, Chunk("test", partial, finish: null).ToJsonString(), ct);
        await Task.Delay(Timeout.Infinite, ct);
    });

    /// <summary>Streams <paramref name="partial"/>, then drops the connection once the client has <paramref name="read"/> it.</summary>
    public static Reply StreamThenBreak(string partial, Task read) => new(async (context, request, ct) =>
    {
        await StartStreamAsync(context, ct);
        await WriteEventAsync(context, Chunk("test", partial, finish: null).ToJsonString(), ct);
        await read.WaitAsync(TimeSpan.FromSeconds(10), ct);
        context.Abort();
    });

    /// <summary>
    /// Streams the first half of <paramref name="content"/>, tells <paramref name="halfway"/>, and streams the rest once
    /// <paramref name="resume"/> completes (or never, when the client goes away first).
    /// </summary>
    public static Reply StreamInHalves(string content, TaskCompletionSource halfway, Task resume) => new(async (context, request, ct) =>
    {
        var model = request.Body["model"]?.GetValue<string>() ?? "test";
        var half = content.Length / 2;
        await StartStreamAsync(context, ct);
        foreach (var piece in Pieces(content[..half], 7))
        {
            await WriteEventAsync(context, Chunk(model, piece, finish: null).ToJsonString(), ct);
        }
        halfway.TrySetResult();
        await resume.WaitAsync(ct);
        foreach (var piece in Pieces(content[half..], 7))
        {
            await WriteEventAsync(context, Chunk(model, piece, finish: null).ToJsonString(), ct);
        }
        await WriteEventAsync(context, Chunk(model, null, finish: "stop").ToJsonString(), ct);
        await WriteEventAsync(context, "[DONE]", ct);
    });

    /// <summary>Never answers: no status, no headers.</summary>
    public static Reply Hang() => new((_, _, ct) => Task.Delay(Timeout.Infinite, ct));

    public static Reply Status(int status, string message = "scripted failure", params (string Name, string Value)[] headers) =>
        new(async (context, _, ct) =>
        {
            context.Response.StatusCode = status;
            foreach (var (name, value) in headers)
            {
                context.Response.Headers[name] = value;
            }

            context.Response.ContentType = "application/json";
            var error = new JsonObject { ["error"] = new JsonObject { ["message"] = message, ["type"] = "test_error", ["code"] = status.ToString() } };
            await context.Response.WriteAsync(error.ToJsonString(), ct);
        });

    private static IEnumerable<string> Pieces(string text, int size)
    {
        for (var i = 0; i < text.Length; i += size)
        {
            yield return text.Substring(i, Math.Min(size, text.Length - i));
        }
    }

    private static async Task StartStreamAsync(HttpContext context, CancellationToken ct)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.Body.FlushAsync(ct);
    }

    private static async Task WriteEventAsync(HttpContext context, string data, CancellationToken ct)
    {
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes($"data: {data}\n\n"), ct);
        await context.Response.Body.FlushAsync(ct);
    }

    private static JsonObject Completion(string model, string content) => new()
    {
        ["id"] = "chatcmpl-test",
        ["object"] = "chat.completion",
        ["created"] = 1_700_000_000,
        ["model"] = model,
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 10, ["total_tokens"] = 20 },
    };

    private static JsonObject Chunk(string model, string? content, string? finish) => new()
    {
        ["id"] = "chatcmpl-test",
        ["object"] = "chat.completion.chunk",
        ["created"] = 1_700_000_000,
        ["model"] = model,
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["delta"] = content is null ? new JsonObject() : new JsonObject { ["role"] = "assistant", ["content"] = content },
            ["finish_reason"] = finish,
        }),
    };
}
