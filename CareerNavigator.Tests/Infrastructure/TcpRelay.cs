using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace CareerNavigator.Tests.Infrastructure;

/// <summary>
/// A loopback TCP relay between the browser and the app, so a test can drop the network under a live page:
/// <see cref="Cut"/> closes every open connection (the Blazor WebSocket included) and turns new ones away until
/// <see cref="Restore"/>. The app and the browser are untouched; only the wire between them fails.
/// </summary>
public sealed class TcpRelay : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint _target;
    private readonly ConcurrentDictionary<TcpClient, TcpClient> _open = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _accepting;
    private volatile bool _cut;

    public TcpRelay(Uri target)
    {
        _target = new IPEndPoint(IPAddress.Parse(target.Host), target.Port);
        _listener.Start();
        BaseUrl = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/";
        _accepting = AcceptAsync();
    }

    /// <summary>The address the browser should use.</summary>
    public string BaseUrl { get; }

    /// <summary>Drops every connection now and refuses new ones.</summary>
    public void Cut()
    {
        _cut = true;
        foreach (var (browserSide, appSide) in _open)
        {
            Close(browserSide, appSide);
        }
    }

    public void Restore() => _cut = false;

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient browserSide;
            try
            {
                browserSide = await _listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            if (_cut)
            {
                browserSide.Client.LingerState = new LingerOption(true, 0);
                browserSide.Dispose();
                continue;
            }
            _ = RelayAsync(browserSide);
        }
    }

    private async Task RelayAsync(TcpClient browserSide)
    {
        var appSide = new TcpClient();
        try
        {
            await appSide.ConnectAsync(_target, _stopping.Token);
            _open[browserSide] = appSide;
            var browserStream = browserSide.GetStream();
            var appStream = appSide.GetStream();
            await Task.WhenAny(
                browserStream.CopyToAsync(appStream, _stopping.Token),
                appStream.CopyToAsync(browserStream, _stopping.Token));
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A cut or a closed peer: the connection simply ends, as it would on a real network.
        }
        finally
        {
            Close(browserSide, appSide);
        }
    }

    private void Close(TcpClient browserSide, TcpClient appSide)
    {
        _open.TryRemove(browserSide, out _);
        foreach (var client in new[] { browserSide, appSide })
        {
            try
            {
                // A reset, not a polite close: what a dropped Wi-Fi or a dead proxy looks like to both ends.
                client.Client.LingerState = new LingerOption(true, 0);
            }
            catch (ObjectDisposedException)
            {
            }
            client.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        await _accepting;
        Cut();
        _stopping.Dispose();
    }
}
