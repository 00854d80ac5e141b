using System.Net.Http.Json;

namespace CareerNavigator.Load.Runs;

/// <summary>
/// The app's <c>/_load/server</c>, there when the app runs with the load run's hosting startup
/// (bench/CareerNavigator.LoadTesting, as bench.sh starts it).
/// </summary>
public sealed class ServerProbe(Uri baseUrl) : IDisposable
{
    private readonly HttpClient _client = new() { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(2) };

    public async Task<ServerSample?> SampleAsync(bool fullGc, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.GetFromJsonAsync<ServerSample>(fullGc ? "_load/server?gc=true" : "_load/server", cancellationToken);
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    public void Dispose() => _client.Dispose();
}

public sealed record ServerSample(
    long GcHeapBytes, long ManagedBytes, long WorkingSetBytes, long PrivateBytes, double CpuSeconds,
    int CircuitsOpen, int CircuitsConnected, int Gen2Collections, int ProcessorCount, int YoungCollections, double GcPauseSeconds,
    int PoolThreads);
