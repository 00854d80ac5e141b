using System.Diagnostics;
using System.Net;
using System.Runtime;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.LoadTesting;

/// <summary>What the load tool reads between ramp steps; with <c>?gc=true</c> after a forced, compacting full collection.</summary>
public sealed record ServerMeasurement(
    long GcHeapBytes, long ManagedBytes, long WorkingSetBytes, long PrivateBytes, double CpuSeconds,
    int CircuitsOpen, int CircuitsConnected, int Gen2Collections, int ProcessorCount, int YoungCollections, double GcPauseSeconds,
    int PoolThreads)
{
    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web);

    public static async Task WriteAsync(HttpContext context)
    {
        var remote = context.Connection.RemoteIpAddress;
        if (remote is null || !IPAddress.IsLoopback(remote))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        if (context.Request.Query["gc"] == "true")
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }

        using var process = Process.GetCurrentProcess();
        var circuits = context.RequestServices.GetRequiredService<CircuitCount>();
        // Its own (camelCase) JSON options: the app-wide ones belong to the REST API's snake_case contract.
        await context.Response.WriteAsJsonAsync(new ServerMeasurement(
            GC.GetGCMemoryInfo().HeapSizeBytes, GC.GetTotalMemory(forceFullCollection: false), process.WorkingSet64,
            process.PrivateMemorySize64, process.TotalProcessorTime.TotalSeconds, circuits.Open, circuits.Connected,
            GC.CollectionCount(2), Environment.ProcessorCount, GC.CollectionCount(0), GC.GetTotalPauseDuration().TotalSeconds,
            ThreadPool.ThreadCount), Json);
    }
}
