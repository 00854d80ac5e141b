using System.Diagnostics;
using System.Globalization;
using CareerNavigator.Web.Applications.Matching;
using CareerNavigator.Web.Applications.Matching.Profile;
using CareerNavigator.Web.Applications.Matching.Reading;
using CareerNavigator.Web.DemoData;
using CareerNavigator.Web.Occupations.Esco;
using CareerNavigator.Web.Occupations.Matching;

// The built-in match of one advert against one profile, as the match panel makes it once the user's records are read:
// the advert read (layout, languages, experience, education, licences, ESCO skills and tools), the profile's texts read
// for ESCO skills, and every requirement matched. Usage:
//   dotnet run --project bench/CareerNavigator.MatchBench -c Release [-- --advert FILE --runs N --persona "Lucía Fernández" --list]
// Prints the index build, the advert's size, the requirements (each with its outcome, with --list) and the latency
// percentiles of reading, matching and both. Exit code 0 when
// the p95 of both meets 50 ms, 2 when it does not, 1 on an error.
const double TargetMilliseconds = 50;
const int WarmUpRuns = 50;

var advertFile = Option("--advert") ?? Path.Combine(AppContext.BaseDirectory, "advert-1000-words.txt");
var runs = int.TryParse(Option("--runs"), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 500;
var personaName = Option("--persona") ?? "Lucía Fernández";
if (!File.Exists(advertFile) || DemoPersonas.All.FirstOrDefault(p => p.DisplayName == personaName) is not { } persona)
{
    Console.WriteLine($"No advert at {Path.GetFullPath(advertFile)}, or no demo persona named {personaName}.");
    return 1;
}
var advert = File.ReadAllText(advertFile);

var build = Stopwatch.StartNew();
var archive = EscoArchive.Open(EscoArchive.ShippedFolder);
var index = OccupationIndex.Build(archive.Occupations(), archive.Skills());
build.Stop();

var records = new ProfileRecords(persona.Jobs(), persona.Courses(), persona.Education(), persona.Profile().Languages, [], new Dictionary<string, bool>());
var today = DateOnly.FromDateTime(DateTime.UtcNow);
AdvertMatch? match = null;
for (var i = 0; i < WarmUpRuns; i++)
{
    match = AdvertMatch.Of(AdvertReader.Read(advert, index), new ProfileFacts(records, index, today));
}

var (reading, matching, both) = (new double[runs], new double[runs], new double[runs]);
for (var i = 0; i < runs; i++)
{
    var start = Stopwatch.GetTimestamp();
    var read = AdvertReader.Read(advert, index);
    var middle = Stopwatch.GetTimestamp();
    match = AdvertMatch.Of(read, new ProfileFacts(records, index, today));
    var end = Stopwatch.GetTimestamp();
    reading[i] = Stopwatch.GetElapsedTime(start, middle).TotalMilliseconds;
    matching[i] = Stopwatch.GetElapsedTime(middle, end).TotalMilliseconds;
    both[i] = Stopwatch.GetElapsedTime(start, end).TotalMilliseconds;
}
var p95 = Percentile(both, 95);
var words = advert.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
    Built-in advert match: {Path.GetFileName(advertFile)} ({words} words, {advert.Length} characters) against {persona.DisplayName}'s records
    ({records.Jobs.Count} jobs, {records.Courses.Count} courses, {records.Education.Count} education records, {records.Languages.Count} languages)
    ESCO {archive.Version} index build (not counted): {build.Elapsed.TotalMilliseconds:F0} ms
    requirements read: {match!.Outcomes.Count} ({match.RequiredTotal} required, {match.PreferredTotal} preferred); score {match.Score}%
    {runs} timed runs after {WarmUpRuns} warm-up runs:
      reading   p50 {Percentile(reading, 50):F2} ms, p95 {Percentile(reading, 95):F2} ms
      matching  p50 {Percentile(matching, 50):F2} ms, p95 {Percentile(matching, 95):F2} ms
      both      p50 {Percentile(both, 50):F2} ms, p95 {p95:F2} ms, p99 {Percentile(both, 99):F2} ms, max {both.Max():F2} ms
    target p95 <= {TargetMilliseconds:F0} ms: {(p95 <= TargetMilliseconds ? "met" : "MISSED")}
    """));
if (args.Contains("--list"))
{
    foreach (var outcome in match.Outcomes)
    {
        Console.WriteLine($"  {(outcome.Met ? "met    " : "missing")} {outcome.Requirement.Importance,-9} {outcome.Requirement.Kind,-10} {outcome.Requirement.Label} <- \"{outcome.Requirement.Quote.Text}\"");
    }
}
return p95 <= TargetMilliseconds ? 0 : 2;

string? Option(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

static double Percentile(double[] values, int percent)
{
    var sorted = values.Order().ToArray();
    return sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
