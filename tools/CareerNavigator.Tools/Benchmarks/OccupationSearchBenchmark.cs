using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CareerNavigator.Web.Occupations.Esco;
using CareerNavigator.Web.Occupations.Matching;

namespace CareerNavigator.Tools.Benchmarks;

/// <summary>
/// <c>bench-occupations [--titles FILE] [--searches N]</c>: builds the occupation index from the shipped ESCO download,
/// warms it up, then times N searches (default 2,000) over typed titles and every prefix of them as they are typed
/// (the titles default to the matching tests' CSV, run from the repository root). Prints the build time, the index's
/// memory and the search latency percentiles. Exit code 0 when p95 meets the 10 ms target, 2 when not, 1 on errors.
/// </summary>
public static class OccupationSearchBenchmark
{
    private const double TargetMilliseconds = 10;
    private const int WarmUpSearches = 500;
    private const string DefaultTitles = "CareerNavigator.Tests/Occupations/occupation-titles.csv";

    public static Command Command()
    {
        var titles = new Option<string?>("--titles") { Description = "CSV whose first column holds typed titles (default: the matching tests' file, found from the current folder up)" };
        var searches = WholeNumberOption.Between("--searches", 1, 10_000_000, "timed searches");
        searches.DefaultValueFactory = _ => 2_000;
        var command = new Command("bench-occupations", "Times occupation search over the shipped ESCO download in memory (no database); exit 2 when the p95 target is missed.")
        {
            titles, searches,
        };
        command.SetAction(parse => Run(parse.GetValue(titles), parse.GetValue(searches), Console.Out));
        return command;
    }

    public static int Run(string? titles, int searches, TextWriter output)
    {
        var titlesFile = titles ?? FromRepositoryRoot(DefaultTitles);
        if (!File.Exists(titlesFile))
        {
            output.WriteLine($"No titles file at {Path.GetFullPath(titlesFile)}: run from the repository root or pass --titles FILE (first column: a typed title).");
            return 1;
        }
        var inputs = Inputs(titlesFile);

        var archive = EscoArchive.Open(EscoArchive.ShippedFolder);
        var read = Stopwatch.StartNew();
        var occupations = archive.Occupations().ToList();
        var skills = archive.Skills().ToList();
        read.Stop();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var build = Stopwatch.StartNew();
        var index = OccupationIndex.Build(occupations, skills);
        build.Stop();
        occupations = null;
        skills = null;
        var memory = GC.GetTotalMemory(forceFullCollection: true) - before;

        for (var i = 0; i < WarmUpSearches; i++)
        {
            index.Search(inputs[i % inputs.Count], 10);
        }
        var times = new double[searches];
        for (var i = 0; i < searches; i++)
        {
            var start = Stopwatch.GetTimestamp();
            index.Search(inputs[i % inputs.Count], 10);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Array.Sort(times);
        var p95 = Percentiles.Of(times, 95);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            Occupation search over ESCO {archive.Version} ({index.OccupationCount} occupations, {index.OccupationLabelCount} labels; {index.SkillCount} skills, {index.SkillLabelCount} labels)
            reading the rows from the zips (not counted): {read.Elapsed.TotalMilliseconds:F0} ms
            index build: {build.Elapsed.TotalMilliseconds:F0} ms, memory held by the index: {memory / 1024.0 / 1024.0:F1} MB
            {searches} warm searches (limit 10) over {inputs.Count} typed titles and prefixes of them, after {WarmUpSearches} warm-up searches:
            p50 {Percentiles.Of(times, 50):F3} ms, p95 {p95:F3} ms, p99 {Percentiles.Of(times, 99):F3} ms, max {times[^1]:F3} ms
            target p95 <= {TargetMilliseconds:F0} ms: {(p95 <= TargetMilliseconds ? "met" : "MISSED")}
            """));
        GC.KeepAlive(index);
        return p95 <= TargetMilliseconds ? 0 : 2;
    }

    /// <summary>Each title and what the box holds while it is typed (every prefix of three characters or more).</summary>
    private static List<string> Inputs(string titlesFile)
    {
        var titles = File.ReadLines(titlesFile).Skip(1).Where(line => line.Length > 0)
            .Select(line => line.StartsWith('"') ? line[1..line.IndexOf('"', 1)] : line.Split(',')[0]);
        return [.. titles.SelectMany(title => Enumerable.Range(3, Math.Max(0, title.Length - 2)).Select(length => title[..length]))];
    }

    /// <summary>The file under the current folder or the nearest parent that has it (dotnet run may start in the project folder).</summary>
    internal static string FromRepositoryRoot(string relativePath)
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return relativePath;
    }
}
