using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CareerNavigator.Web.Applications.Matching;
using CareerNavigator.Web.Applications.Matching.Profile;
using CareerNavigator.Web.Applications.Matching.Reading;
using CareerNavigator.Web.DemoData;
using CareerNavigator.Web.Occupations.Esco;
using CareerNavigator.Web.Occupations.Matching;

namespace CareerNavigator.Tools.Benchmarks;

/// <summary>
/// <c>bench-match [--advert FILE] [--runs N] [--persona NAME] [--list]</c>: the built-in match of one advert against one
/// demo persona's records, as the match panel makes it once the user's records are read: the advert read (layout,
/// languages, experience, education, licences, ESCO skills and tools), the profile's texts read for ESCO skills, and
/// every requirement matched. In memory, no database. Prints the index build, the advert's size, the latency percentiles
/// of reading, matching and both over N runs (default 500) after 50 warm-ups, and with --list every requirement with its
/// outcome. Exit code 0 when the p95 of both meets the 50 ms target, 2 when not, 1 on errors.
/// </summary>
public static class AdvertMatchBenchmark
{
    private const double TargetMilliseconds = 50;
    private const int WarmUpRuns = 50;
    private const string DefaultPersona = "Lucía Fernández";

    /// <summary>A 1,055-word advert for a data engineer, copied beside the tool.</summary>
    private static string DefaultAdvert => Path.Combine(AppContext.BaseDirectory, "Benchmarks", "advert-1000-words.txt");

    public static Command Command()
    {
        var advert = new Option<string?>("--advert") { Description = "the advert's text file (default: a 1,055-word advert shipped with the tool)" };
        var runs = WholeNumberOption.Between("--runs", 1, 1_000_000, "timed matches after the warm-ups");
        runs.DefaultValueFactory = _ => 500;
        var persona = new Option<string>("--persona")
        {
            Description = "the demo persona whose records are matched", DefaultValueFactory = _ => DefaultPersona,
        };
        var list = new Option<bool>("--list") { Description = "list every requirement read, met or missing, with its quote" };
        var command = new Command("bench-match", "Times the built-in match of one advert against a demo persona's records in memory (no database); exit 2 when the p95 target is missed.")
        {
            advert, runs, persona, list,
        };
        command.SetAction(parse => Run(parse.GetValue(advert), parse.GetValue(runs), parse.GetValue(persona)!, parse.GetValue(list),
            TimeProvider.System, Console.Out));
        return command;
    }

    public static int Run(string? advertFile, int runs, string personaName, bool list, TimeProvider clock, TextWriter output)
    {
        var file = advertFile ?? DefaultAdvert;
        if (!File.Exists(file) || DemoPersonas.All.FirstOrDefault(p => p.DisplayName == personaName) is not { } persona)
        {
            output.WriteLine($"No advert at {Path.GetFullPath(file)}, or no demo persona named {personaName}.");
            return 1;
        }
        var advert = File.ReadAllText(file);

        var build = Stopwatch.StartNew();
        var archive = EscoArchive.Open(EscoArchive.ShippedFolder);
        var index = OccupationIndex.Build(archive.Occupations(), archive.Skills());
        build.Stop();

        var records = new ProfileRecords(persona.Jobs(), persona.Courses(), persona.Education(), persona.Profile().Languages, [], new Dictionary<string, bool>());
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var match = AdvertMatch.Of(AdvertReader.Read(advert, index), new ProfileFacts(records, index, today));
        for (var i = 1; i < WarmUpRuns; i++)
        {
            AdvertMatch.Of(AdvertReader.Read(advert, index), new ProfileFacts(records, index, today));
        }

        var (reading, matching, both) = (new double[runs], new double[runs], new double[runs]);
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var read = AdvertReader.Read(advert, index);
            var middle = Stopwatch.GetTimestamp();
            AdvertMatch.Of(read, new ProfileFacts(records, index, today));
            var end = Stopwatch.GetTimestamp();
            reading[i] = Stopwatch.GetElapsedTime(start, middle).TotalMilliseconds;
            matching[i] = Stopwatch.GetElapsedTime(middle, end).TotalMilliseconds;
            both[i] = Stopwatch.GetElapsedTime(start, end).TotalMilliseconds;
        }
        Array.Sort(reading);
        Array.Sort(matching);
        Array.Sort(both);
        var p95 = Percentiles.Of(both, 95);
        var words = advert.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            Built-in advert match: {Path.GetFileName(file)} ({words} words, {advert.Length} characters) against {persona.DisplayName}'s records
            ({records.Jobs.Count} jobs, {records.Courses.Count} courses, {records.Education.Count} education records, {records.Languages.Count} languages)
            ESCO {archive.Version} index build (not counted): {build.Elapsed.TotalMilliseconds:F0} ms
            requirements read: {match.Outcomes.Count} ({match.RequiredTotal} required, {match.PreferredTotal} preferred); score {match.Score}%
            {runs} timed runs after {WarmUpRuns} warm-up runs:
              reading   p50 {Percentiles.Of(reading, 50):F2} ms, p95 {Percentiles.Of(reading, 95):F2} ms
              matching  p50 {Percentiles.Of(matching, 50):F2} ms, p95 {Percentiles.Of(matching, 95):F2} ms
              both      p50 {Percentiles.Of(both, 50):F2} ms, p95 {p95:F2} ms, p99 {Percentiles.Of(both, 99):F2} ms, max {both[^1]:F2} ms
            target p95 <= {TargetMilliseconds:F0} ms: {(p95 <= TargetMilliseconds ? "met" : "MISSED")}
            """));
        if (list)
        {
            foreach (var outcome in match.Outcomes)
            {
                output.WriteLine($"  {(outcome.Met ? "met    " : "missing")} {outcome.Requirement.Importance,-9} {outcome.Requirement.Kind,-10} {outcome.Requirement.Label} <- \"{outcome.Requirement.Quote.Text}\"");
            }
        }
        return p95 <= TargetMilliseconds ? 0 : 2;
    }
}
