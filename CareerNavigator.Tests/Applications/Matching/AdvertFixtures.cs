using System.Globalization;
using System.Text.Json;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Applications.Matching.Profile;

namespace CareerNavigator.Tests.Applications.Matching;

/// <summary>
/// The adverts of <c>Adverts/</c> (the reader was tuned on them) and of <c>HeldOut/</c> (never tuned on), each with its
/// hand-labelled requirements, and the test profile (Adverts/README.md).
/// </summary>
internal static class AdvertFixtures
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Applications", "Matching", "Adverts");

    public sealed record Expected(string Advert, string Kind, string Importance, string Quote, string Value, string Outcome);

    /// <summary>The adverts of one folder and the rows of its <c>expected-requirements.tsv</c>.</summary>
    public sealed class AdvertSet(string folder)
    {
        public IReadOnlyList<string> Names { get; } =
            [.. Directory.GetFiles(folder, "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

        public string Advert(string name) => File.ReadAllText(Path.Combine(folder, name + ".txt"));

        public IReadOnlyList<Expected> Requirements { get; } =
            [.. File.ReadLines(Path.Combine(folder, "expected-requirements.tsv")).Skip(1).Where(line => line.Length > 0)
                .Select(line => line.Split('\t'))
                .Select(f => new Expected(f[0], f[1], f[2], f[3], f.ElementAtOrDefault(4) ?? "", f.ElementAtOrDefault(5) ?? ""))];
    }

    /// <summary>The twelve adverts the reader was tuned on.</summary>
    public static AdvertSet Tuned { get; } = new(Folder);

    /// <summary>Four adverts labelled after the reader was tuned and never tuned on (HeldOut/README.md).</summary>
    public static AdvertSet HeldOut { get; } = new(Path.Combine(AppContext.BaseDirectory, "Applications", "Matching", "HeldOut"));

    /// <summary>The date the test profile's current job runs to.</summary>
    public static DateOnly AsOf => DateOnly.Parse(Profile.RootElement.GetProperty("as_of").GetString()!, CultureInfo.InvariantCulture);

    /// <summary>The test profile as the rows a user would have: numbered from 1, or without ids to be inserted; no user id.</summary>
    public static ProfileRecords Records(bool numbered = true)
    {
        var root = Profile.RootElement;
        var next = 1;
        int NextId() => numbered ? next++ : 0;
        var jobs = root.GetProperty("jobs").EnumerateArray().Select(j => new JobExperience
        {
            Id = NextId(),
            CompanyName = j.GetProperty("company").GetString()!,
            Position = j.GetProperty("position").GetString()!,
            Location = j.GetProperty("location").GetString(),
            StartDate = Month(j.GetProperty("start").GetString()!),
            StartDatePrecision = DatePrecision.Month,
            EndDate = j.GetProperty("end").GetString() is { } end ? Month(end) : null,
            EndDatePrecision = DatePrecision.Month,
            IsCurrent = j.GetProperty("current").GetBoolean(),
            Description = j.GetProperty("description").GetString(),
            Achievements = [.. j.GetProperty("achievements").EnumerateArray().Select(a => a.GetString()!)],
            SkillsUsed = [.. j.GetProperty("skills").EnumerateArray().Select(a => a.GetString()!)],
        }).ToList();
        var courses = root.GetProperty("courses").EnumerateArray().Select(c => new Course
        {
            Id = NextId(),
            CourseName = c.GetProperty("name").GetString()!,
            Provider = c.GetProperty("provider").GetString(),
            CompletionDate = Month(c.GetProperty("completed").GetString()!),
            CompletionDatePrecision = DatePrecision.Month,
            Description = c.GetProperty("description").GetString(),
            SkillsLearned = [.. c.GetProperty("skills").EnumerateArray().Select(a => a.GetString()!)],
        }).ToList();
        var education = root.GetProperty("education").EnumerateArray().Select(e => new AcademicRecord
        {
            Id = NextId(),
            InstitutionName = e.GetProperty("institution").GetString()!,
            Degree = e.GetProperty("degree").GetString(),
            FieldOfStudy = e.GetProperty("field").GetString(),
            StartDate = Month(e.GetProperty("start").GetString()!),
            StartDatePrecision = DatePrecision.Month,
            EndDate = Month(e.GetProperty("end").GetString()!),
            EndDatePrecision = DatePrecision.Month,
        }).ToList();
        var languages = root.GetProperty("languages").EnumerateArray()
            .Select(l => new LanguageSkill(l.GetProperty("language").GetString()!, l.GetProperty("level").GetString()!)).ToList();
        var skills = root.GetProperty("skills").EnumerateArray().Select(s => new UserSkill
        {
            Id = NextId(),
            Name = s.GetProperty("name").GetString()!,
            NormalizedName = UserSkill.Normalize(s.GetProperty("name").GetString()!),
            Level = s.GetProperty("level").GetString(),
            Source = SkillSource.Typed,
            Confirmed = true,
        }).ToList();
        return new ProfileRecords(jobs, courses, education, languages, skills, new Dictionary<string, bool>());
    }

    private static readonly JsonDocument Profile = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "test-profile.json")));

    private static DateOnly Month(string yearMonth) => DateOnly.ParseExact(yearMonth + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
