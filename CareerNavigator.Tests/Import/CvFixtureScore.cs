using System.Text.Json;
using System.Text.RegularExpressions;
using CareerNavigator.Web.Import;
using CareerNavigator.Web.Profiles;

namespace CareerNavigator.Tests.Import;

/// <summary>
/// Field-level precision and recall of one reading against a fixture's hand-written records. Records are paired by the
/// most fields they share; every non-empty field read counts once for precision, every expected field once for recall.
/// Texts compare ignoring case, spacing, dash kinds and closing punctuation; phones by their digits; links without
/// scheme or "www."; dates as ISO prefixes at their precision ("present" for a current job).
/// </summary>
internal sealed partial class CvFixtureScore
{
    public int Read { get; private set; }
    public int Expected { get; private set; }
    public int Correct { get; private set; }
    public List<string> Misses { get; } = [];

    public static CvFixtureScore Of(JsonElement expected, ImportedProfile actual)
    {
        var score = new CvFixtureScore();
        score.Field("name", Text(expected, "name"), actual.FullName, Normalise);
        score.Field("email", Text(expected, "email"), actual.Email, Normalise);
        score.Field("phone", Text(expected, "phone"), actual.Phone, p => new string(p.Where(char.IsAsciiDigit).ToArray()));
        score.Field("linkedin", Text(expected, "linkedin"), actual.LinkedinProfileUrl, Link);
        score.Set("links", Strings(expected, "links"), actual.Links.Select(l => l.Url), Link);
        score.Set("skills", Strings(expected, "skills"), actual.Skills.Select(s => s.Name), Normalise);

        score.Records("jobs", Items(expected, "jobs", "title", "employer", "place", "start", "end"),
            actual.Jobs.Select(j => Record(("title", j.Position), ("employer", j.CompanyName), ("place", j.Location),
                ("start", Iso(j.StartDate, j.StartDatePrecision)), ("end", j.IsCurrent ? "present" : Iso(j.EndDate, j.EndDatePrecision)))));
        score.Records("education", Items(expected, "education", "institution", "degree", "place", "start", "end"),
            actual.Education.Select(e => Record(("institution", e.Institution), ("degree", e.Degree), ("place", e.Location),
                ("start", Iso(e.StartDate, e.StartDatePrecision)), ("end", Iso(e.EndDate, e.EndDatePrecision)))));
        score.Records("courses", Items(expected, "courses", "name", "institution", "date"),
            actual.Courses.Select(c => Record(("name", c.Name), ("institution", c.Institution), ("date", Iso(c.CompletionDate, c.CompletionDatePrecision)))));
        score.Records("languages", Items(expected, "languages", "language", "level"),
            actual.Languages.Select(l => Record(("language", l.Language), ("level", l.Proficiency))));
        return score;
    }

    private void Field(string what, string? expected, string? actual, Func<string, string> normalise)
    {
        Expected += expected is null ? 0 : 1;
        Read += actual is null ? 0 : 1;
        if (expected is not null && actual is not null && normalise(expected) == normalise(actual))
        {
            Correct++;
        }
        else if (expected is not null || actual is not null)
        {
            Misses.Add($"{what}: expected \"{expected}\", read \"{actual}\"");
        }
    }

    private void Set(string what, List<string> expected, IEnumerable<string> actual, Func<string, string> normalise)
    {
        var want = expected.Select(normalise).ToHashSet();
        var got = actual.Select(normalise).ToHashSet();
        Expected += want.Count;
        Read += got.Count;
        Correct += want.Intersect(got).Count();
        foreach (var missing in want.Except(got))
        {
            Misses.Add($"{what}: missed \"{missing}\"");
        }
        foreach (var extra in got.Except(want))
        {
            Misses.Add($"{what}: read \"{extra}\", not expected");
        }
    }

    private void Records(string what, List<Dictionary<string, string?>> expected, IEnumerable<Dictionary<string, string?>> actualRecords)
    {
        var actual = actualRecords.ToList();
        Expected += expected.Sum(e => e.Values.Count(v => v is not null));
        Read += actual.Sum(a => a.Values.Count(v => v is not null));
        var unpaired = actual.ToList();
        foreach (var want in expected)
        {
            var best = unpaired.MaxBy(got => Matching(want, got));
            if (best is null || Matching(want, best) == 0)
            {
                Misses.Add($"{what}: missed {Show(want)}");
                continue;
            }
            unpaired.Remove(best);
            Correct += Matching(want, best);
            foreach (var (key, value) in want.Where(kv => kv.Value is not null || best.GetValueOrDefault(kv.Key) is not null))
            {
                if (!Same(value, best.GetValueOrDefault(key)))
                {
                    Misses.Add($"{what}.{key}: expected \"{value}\", read \"{best.GetValueOrDefault(key)}\" ({Show(want)})");
                }
            }
            foreach (var (key, value) in best.Where(kv => kv.Value is not null && !want.ContainsKey(kv.Key)))
            {
                Misses.Add($"{what}.{key}: read \"{value}\", not expected ({Show(want)})");
            }
        }
        foreach (var extra in unpaired)
        {
            Misses.Add($"{what}: read {Show(extra)}, not expected");
        }
    }

    private static int Matching(Dictionary<string, string?> want, Dictionary<string, string?> got) =>
        want.Count(kv => kv.Value is not null && Same(kv.Value, got.GetValueOrDefault(kv.Key)));

    private static bool Same(string? a, string? b) => a is not null && b is not null && Normalise(a) == Normalise(b);

    private static string Show(Dictionary<string, string?> record) => "{" + string.Join(", ", record.Where(kv => kv.Value is not null).Select(kv => $"{kv.Key}: {kv.Value}")) + "}";

    private static Dictionary<string, string?> Record(params (string Key, string? Value)[] fields) =>
        fields.Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value);

    private static string? Iso(DateOnly? date, CareerNavigator.Data.Entities.DatePrecision precision) => PartialDate.Of(date, precision)?.Iso;

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? [.. value.EnumerateArray().Select(v => v.GetString()!)] : [];

    private static List<Dictionary<string, string?>> Items(JsonElement root, string name, params string[] fields) =>
        root.TryGetProperty(name, out var items)
            ? [.. items.EnumerateArray().Select(item => Record([.. fields.Select(f => (f, Text(item, f)))]))]
            : [];

    public static string Normalise(string text) =>
        Spaces().Replace(text.Replace('–', '-').Replace('—', '-').Replace('’', '\'').ToLowerInvariant(), " ").Trim(' ', '.', ',', ';', ':');

    private static string Link(string url) =>
        Regex.Replace(url.ToLowerInvariant().Trim().TrimEnd('/'), @"^(?:https?://)?(?:www\.)?", "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
