namespace CareerNavigator.Load.Runs;

/// <summary>Collects latencies (ms) by interaction name; thread-safe.</summary>
public sealed class LatencyRecorder
{
    private readonly Dictionary<string, List<double>> _byName = [];
    private readonly List<double> _all = [];

    public void Record(string name, double milliseconds)
    {
        lock (_all)
        {
            _all.Add(milliseconds);
            if (!_byName.TryGetValue(name, out var list))
            {
                _byName[name] = list = [];
            }
            list.Add(milliseconds);
        }
    }

    public Percentiles Summary()
    {
        lock (_all)
        {
            return Percentiles.Of(_all);
        }
    }

    public Dictionary<string, Percentiles> ByName()
    {
        lock (_all)
        {
            return _byName.ToDictionary(p => p.Key, p => Percentiles.Of(p.Value));
        }
    }
}

public sealed record Percentiles(int Count, double P50, double P95, double P99, double Max)
{
    public static Percentiles Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new Percentiles(0, 0, 0, 0, 0);
        }
        double At(double percent) => sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Percentiles(sorted.Length, At(50), At(95), At(99), sorted[^1]);
    }
}
