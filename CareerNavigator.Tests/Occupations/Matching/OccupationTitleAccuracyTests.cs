using System.Globalization;
using Xunit.Abstractions;

namespace CareerNavigator.Tests.Occupations.Matching;

/// <summary>The 51 titles as people type them (committed before the matcher) against their accepted occupations.</summary>
public sealed class OccupationTitleAccuracyTests(ITestOutputHelper output)
{
    private sealed record TitleCase(string Typed, string AcceptedLabels, string[] AcceptedUris);

    [Fact]
    public void At_least_nine_in_ten_typed_titles_have_an_accepted_occupation_in_the_top_three()
    {
        var cases = ReadCases();
        int top1 = 0, top3 = 0;
        foreach (var title in cases)
        {
            var found = ShippedIndex.Instance.Search(title.Typed, 3);
            var rank = found.ToList().FindIndex(m => title.AcceptedUris.Contains(m.Uri));
            top1 += rank == 0 ? 1 : 0;
            top3 += rank >= 0 ? 1 : 0;
            if (rank != 0)
            {
                output.WriteLine($"{(rank < 0 ? "MISS" : $"top {rank + 1}")}: \"{title.Typed}\" (accepted: {title.AcceptedLabels}) -> " +
                                 string.Join("; ", found.Select(m => $"{m.Title} {m.Score:F2} via \"{m.MatchedLabel}\"")));
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"top-1 {top1}/{cases.Count} ({100.0 * top1 / cases.Count:F1} %), top-3 {top3}/{cases.Count} ({100.0 * top3 / cases.Count:F1} %)"));
        Assert.True(cases.Count >= 51, "the committed cases are all read");
        Assert.True(top3 >= 0.9 * cases.Count, $"top-3 accuracy {top3}/{cases.Count} is below 90 %");
    }

    private static List<TitleCase> ReadCases() =>
    [
        .. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Occupations", "occupation-titles.csv"))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(ParseLine)
            .Select(f => new TitleCase(f[0], f[1], f[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))),
    ];

    /// <summary>Three comma-separated fields; the typed title may be quoted because it can hold a comma.</summary>
    private static string[] ParseLine(string line)
    {
        if (!line.StartsWith('"'))
        {
            return line.Split(',', 3);
        }
        var close = line.IndexOf('"', 1);
        var rest = line[(close + 2)..].Split(',', 2);
        return [line[1..close], rest[0], rest[1]];
    }
}
