using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareerNavigator.Load.Dom;
using CareerNavigator.Load.Protocol;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Load.Circuits;

/// <summary>
/// One interactive server circuit driven without a browser: starts it from a prerendered page, acknowledges every
/// render batch in order, answers JS interop calls, mirrors the DOM, and dispatches events to handler ids found in it.
/// </summary>
public sealed class BlazorCircuit : IAsyncDisposable
{
    private readonly VirtualUserHttp _http;
    private readonly HubConnection _connection;
    private readonly DomMirror _dom = new();
    private readonly object _lock = new();
    private readonly List<(Func<DomMirror, bool> Condition, TaskCompletionSource Done)> _waiters = [];
    private readonly Dictionary<string, TaskCompletionSource> _dispatches = [];
    private readonly TaskCompletionSource _interopReady = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _rendererInteropId;
    private long _lastBatchId = 1;
    private long _nextCallId;
    private string? _circuitId;

    public BlazorCircuit(VirtualUserHttp http)
    {
        _http = http;
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(http.BaseAddress, "_blazor"), HttpTransportType.WebSockets, options =>
            {
                options.Cookies = http.Cookies;
                options.HttpMessageHandlerFactory = _ => new NonDisposingHandler(http.Handler);
                // Browsers ask for permessage-deflate and Blazor accepts it; it costs server memory, so measure with it.
                options.WebSocketConfiguration = socket => socket.DangerousDeflateOptions = new WebSocketDeflateOptions();
            });
        builder.Services.AddSingleton<IHubProtocol>(new BlazorPackHubProtocol());
        _connection = builder.Build();
        _connection.Closed += OnClosedAsync;

        // The protocol reads every argument untyped, so the declared types only name the handler.
        Handle("JS.RenderBatch", OnRenderBatchAsync);
        Handle("JS.BeginInvokeJS", OnBeginInvokeJSAsync);
        Handle("JS.EndInvokeDotNet", args => { OnEndInvokeDotNet(args); return Task.CompletedTask; });
        Handle("JS.Error", args => { Fail($"the server reported a circuit error: {args.FirstOrDefault()}"); return Task.CompletedTask; });
    }

    private void Handle(string method, Func<object?[], Task> handler) =>
        _connection.On(method, [], (args, _) => handler(args), this);

    public string? CircuitId => _circuitId;
    public int BatchesReceived { get; private set; }
    public long BytesReceived { get; private set; }
    public List<long> AcknowledgedBatchIds { get; } = [];
    public string? Error { get; private set; }

    /// <summary>Called once per render batch applied, with its size, for the tool's statistics.</summary>
    public Action<int>? OnBatch { get; set; }

    /// <summary>GETs <paramref name="path"/> and starts a circuit for its interactive components; completes when <paramref name="ready"/> holds.</summary>
    public async Task StartAsync(string path, Func<DomMirror, bool> ready, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var html = await _http.GetPageAsync(path, cancellationToken);
        var page = PrerenderedPage.Parse(html);
        if (page.ServerMarkers.Count == 0)
        {
            throw new CircuitFailedException($"{path} has no interactive server component (signed out, or not an interactive page)");
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        await _connection.StartAsync(deadline.Token);
        var baseUri = _http.BaseAddress.ToString();
        _circuitId = await _connection.InvokeAsync<string?>("StartCircuit", baseUri, new Uri(_http.BaseAddress, path).ToString(), "[]",
            page.ApplicationState, deadline.Token) ?? throw new CircuitFailedException("the server refused to start the circuit");
        await _connection.SendAsync("UpdateRootComponents", page.AddRootComponentsOperations(), page.ApplicationState, deadline.Token);
        await _interopReady.Task.WaitAsync(deadline.Token);
        await WaitForAsync(ready, deadline.Token);
    }

    /// <summary>Runs <paramref name="query"/> on the mirrored DOM under the circuit's lock.</summary>
    public T Query<T>(Func<DomMirror, T> query)
    {
        lock (_lock)
        {
            return query(_dom);
        }
    }

    /// <summary>Completes when <paramref name="condition"/> holds after some render batch (or already holds).</summary>
    public Task WaitForAsync(Func<DomMirror, bool> condition, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (Error is not null)
            {
                throw new CircuitFailedException(Error);
            }
            if (condition(_dom))
            {
                return Task.CompletedTask;
            }
            _waiters.Add((condition, done));
        }
        return done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Dispatches a browser event to the handler the element has for it; completes when the server has handled it.</summary>
    /// <summary>Whether the page listens for <paramref name="eventName"/> on the element: a browser sends only those events.</summary>
    public bool Listens(DomNode element, string eventName)
    {
        lock (_lock)
        {
            return element.EventHandlers.ContainsKey(eventName);
        }
    }

    public Task DispatchAsync(DomNode element, string eventName, object eventArgs, object? fieldInfo = null, CancellationToken cancellationToken = default)
    {
        ulong handlerId;
        lock (_lock)
        {
            if (!element.EventHandlers.TryGetValue(eventName, out handlerId))
            {
                throw new CircuitFailedException($"<{element.Name}> has no {eventName} handler");
            }
        }
        var callId = Interlocked.Increment(ref _nextCallId).ToString(CultureInfo.InvariantCulture);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            _dispatches[callId] = done;
        }
        var descriptor = new { eventHandlerId = handlerId, eventName, eventFieldInfo = fieldInfo };
        var argsJson = JsonSerializer.Serialize(new[] { descriptor, eventArgs });
        return SendThenWaitAsync(done.Task, "BeginInvokeDotNetFromJS", [callId, null, "DispatchEventAsync", _rendererInteropId, argsJson], cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_circuitId is not null && Error is null)
        {
            try
            {
                await _http.DisconnectAsync(_circuitId, CancellationToken.None);
            }
            catch (HttpRequestException)
            {
                // The server is gone or overloaded; it will time the circuit out by itself.
            }
        }
        _connection.Closed -= OnClosedAsync;
        await _connection.DisposeAsync();
        lock (_lock)
        {
            FailWaiters(new ObjectDisposedException(nameof(BlazorCircuit)));
        }
    }

    private async Task SendThenWaitAsync(Task done, string method, object?[] args, CancellationToken cancellationToken)
    {
        await _connection.SendCoreAsync(method, args, cancellationToken);
        await done.WaitAsync(cancellationToken);
    }

    private async Task OnRenderBatchAsync(object?[] args)
    {
        var batchId = Convert.ToInt64(args[0], CultureInfo.InvariantCulture);
        var data = (byte[])args[1]!;
        lock (_lock)
        {
            if (batchId != _lastBatchId + 1)
            {
                Fail($"render batch {batchId} arrived after {_lastBatchId}");
                return;
            }
            _lastBatchId = batchId;
            try
            {
                _dom.Apply(RenderBatch.Parse(data));
            }
            catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or InvalidCastException or NullReferenceException)
            {
                Fail($"render batch {batchId} could not be applied: {ex.Message}");
                return;
            }
            BatchesReceived++;
            BytesReceived += data.Length;
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Condition(_dom))
                {
                    _waiters[i].Done.TrySetResult();
                    _waiters.RemoveAt(i);
                }
            }
        }
        OnBatch?.Invoke(data.Length);
        await _connection.SendAsync("OnRenderCompleted", batchId, (string?)null);
        lock (_lock)
        {
            AcknowledgedBatchIds.Add(batchId);
        }
    }

    private async Task OnBeginInvokeJSAsync(object?[] args)
    {
        var handle = Convert.ToInt64(args[0], CultureInfo.InvariantCulture);
        var identifier = args[1] as string;
        if (identifier == "Blazor._internal.attachWebRendererInterop")
        {
            var arguments = JsonNode.Parse((string)args[2]!)!.AsArray();
            _rendererInteropId = arguments[1]!["__dotNetObject"]!.GetValue<long>();
            _interopReady.TrySetResult();
        }
        if (handle != 0)
        {
            // Component libraries' scripts are not run; a void success is what most of their calls expect.
            await _connection.SendAsync("EndInvokeJSFromDotNet", handle, true, $"[{handle},true,null]");
        }
    }

    /// <summary>.NET 8–10 send one JSON array [callId, success, resultOrError]; older runtimes sent three arguments.</summary>
    private void OnEndInvokeDotNet(object?[] args)
    {
        string callId;
        bool success;
        string? result;
        if (args.Length == 1)
        {
            var array = JsonNode.Parse((string)args[0]!)!.AsArray();
            callId = array[0]!.ToString();
            success = array[1]!.GetValue<bool>();
            result = array.Count > 2 ? array[2]?.ToJsonString() : null;
        }
        else
        {
            callId = Convert.ToString(args[0], CultureInfo.InvariantCulture)!;
            success = Convert.ToBoolean(args[1], CultureInfo.InvariantCulture);
            result = args.Length > 2 ? Convert.ToString(args[2], CultureInfo.InvariantCulture) : null;
        }

        TaskCompletionSource? done;
        lock (_lock)
        {
            _dispatches.Remove(callId, out done);
        }
        if (success)
        {
            done?.TrySetResult();
        }
        else
        {
            done?.TrySetException(new CircuitFailedException($"the event handler failed: {result}"));
        }
    }

    private Task OnClosedAsync(Exception? exception)
    {
        Fail(exception is null ? "the server closed the connection" : $"the connection closed: {exception.Message}");
        return Task.CompletedTask;
    }

    private void Fail(string message)
    {
        lock (_lock)
        {
            Error ??= message;
            FailWaiters(new CircuitFailedException(message));
        }
    }

    private void FailWaiters(Exception exception)
    {
        foreach (var waiter in _waiters)
        {
            waiter.Done.TrySetException(exception);
        }
        _waiters.Clear();
        foreach (var dispatch in _dispatches.Values)
        {
            dispatch.TrySetException(exception);
        }
        _dispatches.Clear();
    }

    /// <summary>Lets the hub connection use the user's handler (cookies, pool) without disposing it.</summary>
    private sealed class NonDisposingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override void Dispose(bool disposing)
        {
        }
    }
}

public sealed class CircuitFailedException(string message) : Exception(message);
