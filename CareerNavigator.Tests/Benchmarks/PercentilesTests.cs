using CareerNavigator.Tools.Benchmarks;

namespace CareerNavigator.Tests.Benchmarks;

/// <summary>The tools' benchmarks report percentiles by nearest rank: always a value that was measured.</summary>
public sealed class PercentilesTests
{
    [Theory]
    [InlineData(50, 95, 48)]
    [InlineData(50, 50, 25)]
    [InlineData(4, 50, 2)]
    [InlineData(3, 99, 3)]
    [InlineData(1, 50, 1)]
    public void A_percentile_is_the_measured_value_at_its_nearest_rank(int count, int percent, double expected)
    {
        var sorted = Enumerable.Range(1, count).Select(i => (double)i).ToArray();

        Assert.Equal(expected, Percentiles.Of(sorted, percent));
    }
}
