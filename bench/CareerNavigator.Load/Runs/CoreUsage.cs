using System.Globalization;

namespace CareerNavigator.Load.Runs;

/// <summary>
/// How busy each core of this machine was, from Linux's <c>/proc/stat</c>. With the app and its database pinned to
/// one core, that core's share shows what the server side used in all (app, PostgreSQL, kernel), which the app's own
/// CPU time does not. Steal is time the machine's host gave the virtual core to someone else: a run with much of it
/// measured a slower machine.
/// </summary>
public sealed record CoreUsage(IReadOnlyList<(long Busy, long Steal, long Total)> Cores)
{
    /// <summary>Null where there is no <c>/proc/stat</c>.</summary>
    public static CoreUsage? Sample()
    {
        if (!File.Exists("/proc/stat"))
        {
            return null;
        }
        var cores = new List<(long, long, long)>();
        foreach (var line in File.ReadLines("/proc/stat"))
        {
            // "cpu3 user nice system idle iowait irq softirq steal ...": per-core lines only, not the "cpu " total.
            if (!line.StartsWith("cpu", StringComparison.Ordinal) || line.Length < 4 || !char.IsAsciiDigit(line[3]))
            {
                continue;
            }
            var ticks = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8)
                .Select(t => long.Parse(t, CultureInfo.InvariantCulture)).ToArray();
            var idle = ticks[3] + ticks[4];
            cores.Add((ticks.Sum() - idle, ticks[7], ticks.Sum()));
        }
        return new CoreUsage(cores);
    }

    /// <summary>Each core's busy and steal shares between two samples.</summary>
    public static CoreShare[]? Between(CoreUsage? before, CoreUsage? after) =>
        before is null || after is null || before.Cores.Count != after.Cores.Count ? null
            : [.. before.Cores.Zip(after.Cores, (b, a) => a.Total == b.Total ? new CoreShare(0, 0)
                : new CoreShare((double)(a.Busy - b.Busy) / (a.Total - b.Total), (double)(a.Steal - b.Steal) / (a.Total - b.Total)))];
}

/// <summary>A core's share of some time spent busy (steal included), and the part of it the host took (steal).</summary>
public sealed record CoreShare(double Busy, double Steal);
