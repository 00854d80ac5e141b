using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Import;

/// <summary>
/// Maps the CSV files of a LinkedIn "Download your data" export to <see cref="ImportedProfile"/> parts.
/// Headers are matched case-insensitively and in both spellings LinkedIn has used ("Started On" / "Start Date",
/// "Finished On" / "End Date"). A certification's "Started On" is its issue date, "Finished On" its expiry.
/// </summary>
internal static class LinkedInTables
{
    private static readonly string[] Start = ["Started On", "Start Date"];
    private static readonly string[] End = ["Finished On", "End Date"];

    public static ImportedProfile Profile(CsvTable? table, ImportedProfile profile)
    {
        if (table?.Rows.FirstOrDefault() is not { } row)
        {
            return profile;
        }
        var name = TextNormalizer.Line($"{row.Get("First Name")} {row.Get("Last Name")}");
        return profile with
        {
            FullName = name,
            Headline = TextNormalizer.Line(row.Get("Headline")),
            Summary = TextNormalizer.Paragraphs(row.Get("Summary")),
            CurrentLocation = TextNormalizer.Line(row.Get("Geo Location", "Location")),
            LinkedinProfileUrl = new[] { row.Get("Profile URL", "Public Profile Url", "Websites") }.Concat(row.Values.Values)
                .Select(LinkedInUrl.Find).FirstOrDefault(url => url is not null),
            Links = ImportedContact.LinkedInWebsites(row.Get("Websites")),
        };
    }

    /// <summary>"Email Addresses.csv": the primary address (else the first confirmed one, else the first).</summary>
    public static string? Email(CsvTable? table, List<string> warnings)
    {
        var rows = table?.Rows ?? [];
        var row = rows.FirstOrDefault(r => IsYes(r.Get("Primary"))) ?? rows.FirstOrDefault(r => IsYes(r.Get("Confirmed"))) ?? rows.FirstOrDefault();
        return row is null ? null : ImportedContact.Email(row.Get("Email Address", "Email"), $"{table!.FileName} row {row.Number}", warnings);
    }

    /// <summary>"PhoneNumbers.csv": a mobile number first, else the first one.</summary>
    public static string? Phone(CsvTable? table, List<string> warnings)
    {
        var rows = table?.Rows ?? [];
        var row = rows.FirstOrDefault(r => string.Equals(r.Get("Type"), "Mobile", StringComparison.OrdinalIgnoreCase)) ?? rows.FirstOrDefault();
        return row is null ? null : ImportedContact.Phone(row.Get("Number", "Phone Number"), $"{table!.FileName} row {row.Number}", warnings);
    }

    private static bool IsYes(string? value) => string.Equals(value?.Trim(), "Yes", StringComparison.OrdinalIgnoreCase);

    public static List<ImportedJob> Jobs(CsvTable? table, List<string> warnings)
    {
        var jobs = new List<ImportedJob>();
        foreach (var row in table?.Rows ?? [])
        {
            var where = $"{table!.FileName} row {row.Number}";
            var company = TextNormalizer.Line(row.Get("Company Name", "Company"));
            var title = TextNormalizer.Line(row.Get("Title", "Position"));
            if (company is null || title is null)
            {
                warnings.Add($"{where} has no {(company is null ? "company name" : "title")} and was skipped.");
                continue;
            }
            where = $"{where} ({title} at {company})";
            var start = ImportDates.Parse(row.Get(Start), where, "start", warnings);
            if (start is null && row.Get(Start) is null)
            {
                warnings.Add($"{where} has no start date; it can't be imported until one is added.");
            }
            var endText = row.Get(End);
            var end = ImportDates.Parse(endText, where, "end", warnings);
            jobs.Add(new ImportedJob
            {
                CompanyName = company,
                Position = title,
                Description = row.Get("Description"),
                Location = TextNormalizer.Line(row.Get("Location")),
                StartDate = start?.Date,
                StartDatePrecision = start?.Precision ?? default,
                EndDate = end?.Date,
                EndDatePrecision = end?.Precision ?? default,
                IsCurrent = endText is null || ImportDates.MeansPresent(endText),
            });
        }
        return jobs;
    }

    public static List<ImportedEducation> Education(CsvTable? table, List<string> warnings)
    {
        var education = new List<ImportedEducation>();
        foreach (var row in table?.Rows ?? [])
        {
            var where = $"{table!.FileName} row {row.Number}";
            var school = TextNormalizer.Line(row.Get("School Name", "School", "Institution"));
            if (school is null)
            {
                warnings.Add($"{where} has no school name and was skipped.");
                continue;
            }
            where = $"{where} ({school})";
            var activities = row.Get("Activities");
            var start = ImportDates.Parse(row.Get(Start), where, "start", warnings);
            var end = ImportDates.Parse(row.Get(End), where, "end", warnings);
            education.Add(new ImportedEducation
            {
                Institution = school,
                Degree = TextNormalizer.Line(row.Get("Degree Name", "Degree")),
                FieldOfStudy = TextNormalizer.Line(row.Get("Field Of Study", "Field")),
                StartDate = start?.Date,
                StartDatePrecision = start?.Precision ?? default,
                EndDate = end?.Date,
                EndDatePrecision = end?.Precision ?? default,
                Description = TextNormalizer.JoinParagraphs(row.Get("Notes", "Description"), activities is null ? null : $"Activities: {activities}"),
            });
        }
        return education;
    }

    public static List<ImportedCourse> Certifications(CsvTable? table, List<string> warnings)
    {
        var courses = new List<ImportedCourse>();
        foreach (var row in table?.Rows ?? [])
        {
            var where = $"{table!.FileName} row {row.Number}";
            if (TextNormalizer.Line(row.Get("Name")) is not { } name)
            {
                warnings.Add($"{where} has no name and was skipped.");
                continue;
            }
            where = $"{where} ({name})";
            var licence = row.Get("License Number");
            var expires = row.Get(End);
            var issued = ImportDates.Parse(row.Get(Start), where, "issue", warnings);
            courses.Add(new ImportedCourse
            {
                Name = name,
                Institution = TextNormalizer.Line(row.Get("Authority")),
                Url = TextNormalizer.Line(row.Get("Url", "URL")),
                CompletionDate = issued?.Date,
                CompletionDatePrecision = issued?.Precision ?? default,
                Description = TextNormalizer.JoinParagraphs(licence is null ? null : $"Licence number: {licence}", expires is null ? null : $"Valid until: {expires}"),
            });
        }
        return courses;
    }

    public static List<ImportedCourse> Courses(CsvTable? table, List<string> warnings)
    {
        var courses = new List<ImportedCourse>();
        foreach (var row in table?.Rows ?? [])
        {
            if (TextNormalizer.Line(row.Get("Name")) is not { } name)
            {
                warnings.Add($"{table!.FileName} row {row.Number} has no name and was skipped.");
                continue;
            }
            var number = row.Get("Number");
            courses.Add(new ImportedCourse { Name = name, Description = number is null ? null : $"Course number: {number}" });
        }
        return courses;
    }

    public static List<LanguageSkill> Languages(CsvTable? table, List<string> warnings)
    {
        var languages = new List<LanguageSkill>();
        foreach (var row in table?.Rows ?? [])
        {
            var where = $"{table!.FileName} row {row.Number}";
            if (TextNormalizer.Line(row.Get("Name", "Language")) is not { } name)
            {
                warnings.Add($"{where} has no language name and was skipped.");
            }
            else if (LanguageLevels.FromDescription(row.Get("Proficiency")) is not { } level)
            {
                warnings.Add($"{where} ({name}) has no proficiency we recognise and was skipped; add the language by hand.");
            }
            else if (!languages.Any(l => string.Equals(l.Language, name, StringComparison.OrdinalIgnoreCase)))
            {
                languages.Add(new LanguageSkill(name, level));
            }
        }
        return languages;
    }

    public static List<ImportedSkill> Skills(CsvTable? table) =>
        (table?.Rows ?? []).Select(r => TextNormalizer.Line(r.Get("Name", "Skill")))
            .OfType<string>().DistinctBy(ImportMatching.Skill).Select(name => new ImportedSkill(name)).ToList();

    public static List<ImportedProject> Projects(CsvTable? table, List<string> warnings)
    {
        var projects = new List<ImportedProject>();
        foreach (var row in table?.Rows ?? [])
        {
            var where = $"{table!.FileName} row {row.Number}";
            if (TextNormalizer.Line(row.Get("Title", "Name")) is not { } title)
            {
                warnings.Add($"{where} has no title and was skipped.");
                continue;
            }
            projects.Add(new ImportedProject
            {
                Name = title,
                Description = row.Get("Description"),
                Url = TextNormalizer.Line(row.Get("Url", "URL")),
                StartDate = ImportDates.Parse(row.Get(Start), $"{where} ({title})", "start", warnings)?.Date,
                EndDate = ImportDates.Parse(row.Get(End), $"{where} ({title})", "end", warnings)?.Date,
            });
        }
        return projects;
    }
}
