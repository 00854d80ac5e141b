using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Import;

/// <summary>Maps the sections of a parsed JSON Resume; what it cannot use goes to the warnings, in words.</summary>
internal sealed partial class JsonResumeSections(JsonElement root, List<string> warnings)
{
    public ImportedProfile Basics()
    {
        if (Property(root, "basics", JsonValueKind.Object, "\"basics\"") is not { } basics)
        {
            return new ImportedProfile();
        }
        string? location = null;
        if (Property(basics, "location", JsonValueKind.Object, "\"basics.location\"") is { } place)
        {
            location = TextNormalizer.Line(string.Join(", ", new[] { Text(place, "city"), Text(place, "region"), Text(place, "countryCode") }
                .Select(TextNormalizer.Line).OfType<string>()));
        }
        string? linkedIn = null;
        var links = new List<ProfileLink>();
        foreach (var (_, profile) in Entries(basics, "profiles", "basics.profiles entry"))
        {
            var url = TextNormalizer.Line(Text(profile, "url"));
            var network = TextNormalizer.Line(Text(profile, "network"));
            var isLinkedIn = string.Equals(network, "LinkedIn", StringComparison.OrdinalIgnoreCase);
            linkedIn ??= LinkedInUrl.Find(url)
                ?? (isLinkedIn && url is not null && url.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? url : null)
                ?? (isLinkedIn && TextNormalizer.Line(Text(profile, "username")) is { } user ? $"https://www.linkedin.com/in/{Uri.EscapeDataString(user)}" : null);
            if (!isLinkedIn && ImportedContact.Link(network, url) is { } link)
            {
                links.Add(link);
            }
        }
        // After the profiles: a website listed there too keeps the name the profile gives it.
        if (ImportedContact.Link(null, Text(basics, "url")) is { } website)
        {
            links.Add(website);
        }
        return new ImportedProfile
        {
            FullName = TextNormalizer.Line(Text(basics, "name")),
            Headline = TextNormalizer.Line(Text(basics, "label")),
            Summary = TextNormalizer.Paragraphs(Text(basics, "summary")),
            Phone = ImportedContact.Phone(Text(basics, "phone"), "basics.phone", warnings),
            Email = ImportedContact.Email(Text(basics, "email"), "basics.email", warnings),
            CurrentLocation = location,
            LinkedinProfileUrl = linkedIn ?? LinkedInUrl.Find(Text(basics, "url")),
            Links = [.. links.DistinctBy(l => ImportMatching.Link(l.Url))],
        };
    }

    public List<ImportedJob> Work() => Jobs("work", "name", volunteer: false);

    public List<ImportedJob> Volunteer() => Jobs("volunteer", "organization", volunteer: true);

    private List<ImportedJob> Jobs(string section, string companyProperty, bool volunteer)
    {
        var jobs = new List<ImportedJob>();
        foreach (var (where, entry) in Entries(root, section, $"{section} entry"))
        {
            var company = TextNormalizer.Line(Text(entry, companyProperty) ?? Text(entry, "company") ?? Text(entry, "name"));
            var position = TextNormalizer.Line(Text(entry, "position")) ?? (volunteer ? "Volunteer" : null);
            if (company is null || position is null)
            {
                warnings.Add($"{where} has no {(company is null ? "organisation name" : "position")} and was skipped.");
                continue;
            }
            var label = $"{where} ({position} at {company})";
            var start = ImportDates.Parse(Text(entry, "startDate"), label, "start", warnings);
            if (start is null && Text(entry, "startDate") is null)
            {
                warnings.Add($"{label} has no start date; it can't be imported until one is added.");
            }
            var endText = TextNormalizer.Line(Text(entry, "endDate"));
            var summary = TextNormalizer.Paragraphs(Text(entry, "summary") ?? Text(entry, "description"));
            var end = ImportDates.Parse(endText, label, "end", warnings);
            jobs.Add(new ImportedJob
            {
                CompanyName = company,
                Position = position,
                Description = volunteer ? string.Join("\n\n", new[] { "Volunteer role.", summary }.OfType<string>()) : summary,
                Location = TextNormalizer.Line(Text(entry, "location")),
                StartDate = start?.Date,
                StartDatePrecision = start?.Precision ?? default,
                EndDate = end?.Date,
                EndDatePrecision = end?.Precision ?? default,
                IsCurrent = endText is null || ImportDates.MeansPresent(endText),
                Achievements = Strings(entry, "highlights"),
            });
        }
        return jobs;
    }

    public List<ImportedEducation> Education()
    {
        var education = new List<ImportedEducation>();
        foreach (var (where, entry) in Entries(root, "education", "education entry"))
        {
            if (TextNormalizer.Line(Text(entry, "institution")) is not { } institution)
            {
                warnings.Add($"{where} has no institution and was skipped.");
                continue;
            }
            var label = $"{where} ({institution})";
            var score = TextNormalizer.Line(Text(entry, "score"));
            var gpa = Gpa(score);
            var courses = Strings(entry, "courses");
            var start = ImportDates.Parse(Text(entry, "startDate"), label, "start", warnings);
            var end = ImportDates.Parse(Text(entry, "endDate"), label, "end", warnings);
            education.Add(new ImportedEducation
            {
                Institution = institution,
                Degree = TextNormalizer.Line(Text(entry, "studyType")),
                FieldOfStudy = TextNormalizer.Line(Text(entry, "area")),
                StartDate = start?.Date,
                StartDatePrecision = start?.Precision ?? default,
                EndDate = end?.Date,
                EndDatePrecision = end?.Precision ?? default,
                Gpa = gpa,
                Description = TextNormalizer.JoinParagraphs(score is not null && gpa is null ? $"Score: {score}" : null,
                    courses.Count > 0 ? $"Courses: {string.Join(", ", courses)}" : null),
                Location = TextNormalizer.Line(Text(entry, "location")),
            });
        }
        return education;
    }

    public List<ImportedCourse> Certificates()
    {
        var courses = new List<ImportedCourse>();
        foreach (var (where, entry) in Entries(root, "certificates", "certificates entry"))
        {
            if (TextNormalizer.Line(Text(entry, "name")) is not { } name)
            {
                warnings.Add($"{where} has no name and was skipped.");
                continue;
            }
            var completed = ImportDates.Parse(Text(entry, "date"), $"{where} ({name})", "completion", warnings);
            courses.Add(new ImportedCourse
            {
                Name = name,
                Institution = TextNormalizer.Line(Text(entry, "issuer")),
                CompletionDate = completed?.Date,
                CompletionDatePrecision = completed?.Precision ?? default,
                Url = TextNormalizer.Line(Text(entry, "url")),
            });
        }
        return courses;
    }

    /// <summary>Each entry's name and level; its keywords are details of the skill, not skills of the person.</summary>
    public List<ImportedSkill> Skills() =>
        Entries(root, "skills", "skills entry")
            .Select(e => (Name: TextNormalizer.Line(Text(e.Entry, "name")), Level: TextNormalizer.Line(Text(e.Entry, "level"))))
            .Where(s => s.Name is not null)
            .Select(s => new ImportedSkill(s.Name!, s.Level))
            .DistinctBy(s => ImportMatching.Skill(s.Name)).ToList();

    public List<LanguageSkill> Languages()
    {
        var languages = new List<LanguageSkill>();
        foreach (var (where, entry) in Entries(root, "languages", "languages entry"))
        {
            var name = TextNormalizer.Line(Text(entry, "language") ?? Text(entry, "name"));
            var fluency = TextNormalizer.Line(Text(entry, "fluency"));
            if (name is null)
            {
                warnings.Add($"{where} has no language name and was skipped.");
            }
            else if (LanguageLevels.FromDescription(fluency) is not { } level)
            {
                warnings.Add($"{where} ({name}): the fluency \"{fluency}\" isn't a level we recognise, so the language was skipped; add it by hand.");
            }
            else if (!languages.Any(l => string.Equals(l.Language, name, StringComparison.OrdinalIgnoreCase)))
            {
                languages.Add(new LanguageSkill(name, level));
            }
        }
        return languages;
    }

    public List<ImportedProject> Projects()
    {
        var projects = new List<ImportedProject>();
        foreach (var (where, entry) in Entries(root, "projects", "projects entry"))
        {
            if (TextNormalizer.Line(Text(entry, "name")) is not { } name)
            {
                warnings.Add($"{where} has no name and was skipped.");
                continue;
            }
            var highlights = Strings(entry, "highlights");
            projects.Add(new ImportedProject
            {
                Name = name,
                Description = TextNormalizer.JoinParagraphs(TextNormalizer.Paragraphs(Text(entry, "description")), highlights.Count > 0 ? string.Join("\n", highlights) : null),
                Url = TextNormalizer.Line(Text(entry, "url")),
                StartDate = ImportDates.Parse(Text(entry, "startDate"), $"{where} ({name})", "start", warnings)?.Date,
                EndDate = ImportDates.Parse(Text(entry, "endDate"), $"{where} ({name})", "end", warnings)?.Date,
            });
        }
        return projects;
    }

    /// <summary>"3.6", "3,6", "3.6/4.0" or "3.6 / 4" → 3.6; anything else (such as "85%") is not a GPA.</summary>
    internal static double? Gpa(string? score) =>
        score is not null && GpaPattern().Match(score) is { Success: true } match
            && double.TryParse(match.Groups["gpa"].Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var gpa)
            ? gpa
            : null;

    [GeneratedRegex(@"^(?<gpa>\d{1,2}(?:[.,]\d+)?)\s*(?:/\s*\d{1,3}(?:[.,]\d+)?)?$")]
    private static partial Regex GpaPattern();

    private IEnumerable<(string Where, JsonElement Entry)> Entries(JsonElement parent, string name, string label)
    {
        if (Property(parent, name, JsonValueKind.Array, $"\"{name}\"") is not { } list)
        {
            yield break;
        }
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            index++;
            if (item.ValueKind == JsonValueKind.Object)
            {
                yield return ($"{label} {index}", item);
            }
            else
            {
                warnings.Add($"{label} {index} isn't an object and was skipped.");
            }
        }
    }

    private JsonElement? Property(JsonElement parent, string name, JsonValueKind kind, string label)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind == kind)
        {
            return value;
        }
        warnings.Add($"{label} should be {(kind == JsonValueKind.Array ? "a list" : "an object")} and was skipped.");
        return null;
    }

    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    private static List<string> Strings(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.String)
                .Select(i => TextNormalizer.Line(i.GetString())).OfType<string>().ToList()
            : [];
}
