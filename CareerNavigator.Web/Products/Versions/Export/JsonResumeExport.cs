using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.Cv;

namespace CareerNavigator.Web.Products.Versions.Export;

/// <summary>
/// The CV as a JSON Resume (jsonresume.org schema v1.0.0). What the schema has no field for (whether a job is
/// current, the skills used in it, honours, course hours, the section order, which version this is) goes under
/// <see cref="ExtensionKey"/> on the item it belongs to, or in <c>meta</c>: the schema allows extra properties
/// there and nowhere at the top level.
/// </summary>
public static class JsonResumeExport
{
    public const string ExtensionKey = "x-careerNavigator";
    public const string SchemaUrl = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Write(CvContent cv, GeneratedProduct version)
    {
        var resume = new JsonObject
        {
            ["$schema"] = SchemaUrl,
            ["basics"] = Basics(cv),
            ["work"] = Array(cv.Experience.Select(Work)),
            ["education"] = Array(cv.Education.Select(Education)),
            ["certificates"] = Array(cv.Certifications.Select(Certificate)),
            ["skills"] = Array(cv.Skills.Select(skill => new JsonObject { ["name"] = skill })),
            ["languages"] = Array(cv.Languages.Select(language => new JsonObject
            {
                ["language"] = language.Language,
                ["fluency"] = language.Proficiency == "native" ? "Native speaker" : language.Proficiency,
            })),
            ["meta"] = new JsonObject
            {
                ["version"] = "v1.0.0",
                ["lastModified"] = version.GeneratedAt.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
                [ExtensionKey] = new JsonObject
                {
                    ["productVersion"] = version.Version,
                    ["modelUsed"] = version.ModelUsed,
                    ["sectionOrder"] = Array(cv.SectionOrder.Select(s => JsonValue.Create(JsonNamingPolicy.SnakeCaseLower.ConvertName(s.ToString())))),
                },
            },
        };
        return resume.ToJsonString(Indented);
    }

    private static JsonObject Basics(CvContent cv)
    {
        var basics = new JsonObject();
        Set(basics, "name", cv.Header.Name);
        Set(basics, "label", cv.Header.Headline);
        Set(basics, "email", cv.Header.Email);
        Set(basics, "phone", cv.Header.Phone);
        Set(basics, "url", cv.Header.Links?.FirstOrDefault()?.Url);
        Set(basics, "summary", cv.Summary);
        if (cv.Header.Location is { } location)
        {
            // The location is one line as the user wrote it ("Madrid, Spain"); JSON Resume readers show "city" first.
            basics["location"] = new JsonObject { ["city"] = location };
        }
        // LinkedIn first, then the other pages in the profile's order, each named by its label.
        var profiles = new JsonArray();
        if (cv.Header.LinkedinUrl is { } linkedIn)
        {
            profiles.Add(new JsonObject { ["network"] = "LinkedIn", ["url"] = linkedIn });
        }
        foreach (var link in cv.Header.Links ?? [])
        {
            profiles.Add(new JsonObject { ["network"] = link.Label, ["url"] = link.Url });
        }
        if (profiles.Count > 0)
        {
            basics["profiles"] = profiles;
        }
        return basics;
    }

    private static JsonObject Work(CvExperience job)
    {
        var work = new JsonObject { ["name"] = job.Employer, ["position"] = job.Position };
        Set(work, "location", job.Location);
        Set(work, "startDate", Date(job.StartDate, job.StartPrecision));
        Set(work, "endDate", job.IsCurrent ? null : Date(job.EndDate, job.EndPrecision));
        Set(work, "summary", job.Description);
        work["highlights"] = Array(job.Achievements.Select(a => JsonValue.Create(a)));
        work[ExtensionKey] = new JsonObject { ["isCurrent"] = job.IsCurrent, ["skills"] = Array(job.Skills.Select(s => JsonValue.Create(s))) };
        return work;
    }

    private static JsonObject Education(CvEducation study)
    {
        var education = new JsonObject { ["institution"] = study.Institution };
        Set(education, "studyType", study.Degree);
        Set(education, "area", study.FieldOfStudy);
        Set(education, "startDate", Date(study.StartDate, study.StartPrecision));
        Set(education, "endDate", Date(study.EndDate, study.EndPrecision));
        Set(education, "score", study.Gpa?.ToString("0.0#", CultureInfo.InvariantCulture));
        Set(education, "location", study.Location);
        var extension = new JsonObject();
        Set(extension, "honors", study.Honors);
        Set(extension, "description", study.Description);
        if (extension.Count > 0)
        {
            education[ExtensionKey] = extension;
        }
        return education;
    }

    private static JsonObject Certificate(CvCertification certification)
    {
        var certificate = new JsonObject { ["name"] = certification.Name };
        Set(certificate, "issuer", certification.Issuer);
        Set(certificate, "date", Date(certification.CompletedOn, certification.CompletedPrecision));
        Set(certificate, "url", certification.CertificateUrl);
        if (certification.DurationHours is { } hours)
        {
            certificate[ExtensionKey] = new JsonObject { ["durationHours"] = hours };
        }
        return certificate;
    }

    /// <summary>"2017", "2017-03" or "2017-03-14" (the schema's ISO 8601 forms), as precise as the CV knows it; a month for versions that kept no precision.</summary>
    private static string? Date(DateOnly? date, DatePrecision? precision) => DocumentDates.Known(date, precision)?.Iso;

    private static void Set(JsonObject target, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            target[name] = value;
        }
    }

    private static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);
}
