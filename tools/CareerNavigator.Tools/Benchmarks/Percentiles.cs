namespace CareerNavigator.Tools.Benchmarks;

/// <summary>The percentiles every benchmark reports, by nearest rank: a value that was measured, never an interpolation.</summary>
public static class Percentiles
{
    /// <summary>
    /// The smallest of <paramref name="sorted"/> (ascending) that at least <paramref name="percent"/> % of the values do
    /// not exceed: of 50 timings, p95 is the 48th.
    /// </summary>
    public static double Of(IReadOnlyList<double> sorted, int percent) =>
        sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
