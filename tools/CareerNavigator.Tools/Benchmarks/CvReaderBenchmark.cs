using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CareerNavigator.Web.Import;
using CareerNavigator.Web.Import.CvReading;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerNavigator.Tools.Benchmarks;

/// <summary>
/// <c>bench-cv-reader [--file CV] [--runs N]</c>: times the built-in CV reader on one file (default: the three-page PDF
/// fixture, run from the repository root): the whole read — PDF layout, sections, records — once cold, then N times
/// (default 50) after 5 warm-up reads. Exit code 0 when the p95 meets the 300 ms target, 2 when not, 1 on errors.
/// </summary>
public static class CvReaderBenchmark
{
    private const double TargetMilliseconds = 300;
    private const int WarmUpReads = 5;
    private const string DefaultFile = "CareerNavigator.Tests/Import/CvFixtures/en-chromium-three-page.pdf";

    public static Command Command()
    {
        var cv = new Option<string?>("--file") { Description = "the CV to read (default: the three-page PDF fixture, found from the current folder up)" };
        var runs = WholeNumberOption.Between("--runs", 1, 1_000_000, "timed reads after the warm-ups");
        runs.DefaultValueFactory = _ => 50;
        var command = new Command("bench-cv-reader", "Times the built-in CV reader on one file (no database); exit 2 when the p95 target is missed.")
        {
            cv, runs,
        };
        command.SetAction(parse => Run(parse.GetValue(cv), parse.GetValue(runs), Console.Out));
        return command;
    }

    public static int Run(string? cv, int runs, TextWriter output)
    {
        var file = cv ?? OccupationSearchBenchmark.FromRepositoryRoot(DefaultFile);
        if (!File.Exists(file))
        {
            output.WriteLine($"No CV at {Path.GetFullPath(file)}: run from the repository root or pass --file CV.");
            return 1;
        }
        var bytes = File.ReadAllBytes(file);
        var reader = new BuiltInCvReader(new CvTextExtractor(NullLogger<CvTextExtractor>.Instance));

        var cold = Stopwatch.StartNew();
        var first = reader.ReadFile(bytes, file);
        cold.Stop();
        if (!first.Succeeded)
        {
            output.WriteLine($"The reader refused {file}: {first.Error}");
            return 1;
        }
        for (var i = 0; i < WarmUpReads; i++)
        {
            reader.ReadFile(bytes, file);
        }
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            reader.ReadFile(bytes, file);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        var extractor = new CvTextExtractor(NullLogger<CvTextExtractor>.Instance);
        var layoutTimes = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            extractor.ExtractLayout(bytes, file);
            layoutTimes[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Array.Sort(layoutTimes);
        Array.Sort(times);
        var p95 = Percentiles.Of(times, 95);
        var found = first.Value;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            Built-in CV reader on {Path.GetFileName(file)} ({bytes.Length / 1024.0:F0} KB): {found.Jobs.Count} jobs, {found.Education.Count} education records, {found.Courses.Count} courses, {found.Languages.Count} languages, {found.Skills.Count} skills
            first read in the process (cold): {cold.Elapsed.TotalMilliseconds:F0} ms
            {runs} reads after {WarmUpReads} warm-up reads: p50 {Percentiles.Of(times, 50):F1} ms, p95 {p95:F1} ms, max {times[^1]:F1} ms
            of which the file's layout alone (PdfPig and columns): p50 {Percentiles.Of(layoutTimes, 50):F1} ms
            target p95 <= {TargetMilliseconds:F0} ms: {(p95 <= TargetMilliseconds ? "met" : "MISSED")}
            """));
        return p95 <= TargetMilliseconds ? 0 : 2;
    }
}
