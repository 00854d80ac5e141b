using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CareerNavigator.Load.Runs;

public static class LoadReport
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static string Table(LoadResult r)
    {
        var t = new StringBuilder();
        void Row(string name, string value) => t.Append($"| {name} | {value} |\n");
        static string Ms(Percentiles p) => string.Create(CultureInfo.InvariantCulture,
            $"p50 {p.P50:F0} ms, p95 {p.P95:F0} ms, p99 {p.P99:F0} ms, max {p.Max:F0} ms (n={p.Count:N0})");
        // A slope below zero is no cost per circuit: the process gave back memory an earlier run had taken.
        static string Kb(double? bytes) => bytes switch
        {
            null => "n/a",
            < 0 => "n/a (fell while circuits were added)",
            { } b => string.Create(CultureInfo.InvariantCulture, $"{b / 1024:F0} KB"),
        };

        t.Append(string.Create(CultureInfo.InvariantCulture, $"| scenario `{r.Scenario}` | {r.UsersRequested:N0} users |\n| --- | --- |\n"));
        Row("circuits held", string.Create(CultureInfo.InvariantCulture, $"{r.CircuitsHeld:N0} of {r.UsersRequested:N0}{(r.ServerCircuitsOpen is { } open ? $" (server: {open:N0} open)" : "")}"));
        Row("sign-in (before the run)", string.Create(CultureInfo.InvariantCulture, $"{r.SignedIn:N0} in {r.SignInSeconds:F0} s"));
        Row("connect (GET page → circuit ready)", Ms(r.ConnectMilliseconds));
        if (r.InteractionsStarted > 0)
        {
            Row("interactions", string.Create(CultureInfo.InvariantCulture,
                $"{r.InteractionsAnswered:N0} answered of {r.InteractionsStarted:N0}; {r.InteractionsPerSecond:F0}/s in the hold (one per user every ~{r.IntervalSeconds:F0} s, open loop)"));
            Row(string.Create(CultureInfo.InvariantCulture, $"latency, {r.HoldSeconds:F0} s hold"), Ms(r.LatencyMilliseconds));
            foreach (var (name, p) in r.LatencyByInteraction.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                Row($"  {name}", Ms(p));
            }
            Row("latency while ramping and catching up", Ms(r.RampLatencyMilliseconds));
            Row("catching up after the ramp", string.Create(CultureInfo.InvariantCulture, $"{r.CatchUpSeconds:F0} s"));
        }
        Row("errors", r.ErrorCount == 0 ? "0" : string.Join(", ", r.Errors.Select(e => $"{e.Key} {e.Value}")));
        Row("server memory per circuit (full GC per step)", $"GC heap {Kb(r.HeapBytesPerCircuit)}, RSS {Kb(r.WorkingSetBytesPerCircuit)}");
        if (r.Memory.Count > 0)
        {
            Row("server memory points (circuits: heap / RSS)", string.Join("; ", r.Memory.Select(p => string.Create(CultureInfo.InvariantCulture,
                $"{p.Circuits:N0}: {p.GcHeapBytes / 1048576.0:F0} / {p.WorkingSetBytes / 1048576.0:F0} MB"))));
        }
        Row("CPU in the hold", string.Create(CultureInfo.InvariantCulture,
            $"server {(r.ServerCpuCores is { } s ? s.ToString("F2", CultureInfo.InvariantCulture) : "n/a")} cores, client {r.ClientCpuCores:F2} cores"));
        if (r.CoresInHold is { } cores)
        {
            Row("machine cores busy in the hold", string.Join(", ", cores.Select((share, core) => string.Create(CultureInfo.InvariantCulture,
                $"core {core} {share.Busy:P0} (steal {share.Steal:P0})"))) + (r.ServerPoolThreads is { } threads ? $"; server thread pool {threads} threads" : ""));
        }
        if (r.ServerGcInHold is { } gc)
        {
            Row("server GC in the hold", string.Create(CultureInfo.InvariantCulture,
                $"{gc.Collections} collections, paused {gc.PausedFraction:P1} of the time, {gc.MeanPauseMilliseconds:F0} ms each on average"));
        }
        Row("render batches", string.Create(CultureInfo.InvariantCulture, $"{r.RenderBatches:N0}, mean {r.MeanBatchBytes:F0} bytes"));
        return t.ToString();
    }

    public static string ToJson(IEnumerable<LoadResult> results) => JsonSerializer.Serialize(results, Json);
}
