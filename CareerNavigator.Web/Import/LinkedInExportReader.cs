using System.Text;
using System.Text.Json;
using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Import;

/// <summary>
/// Reads a LinkedIn "Download your data" ZIP: Profile.csv, Positions.csv, Education.csv, Skills.csv,
/// Certifications.csv, Languages.csv, Courses.csv, Projects.csv, Email Addresses.csv and PhoneNumbers.csv, in whichever
/// folder of the ZIP they sit.
/// Any of them may be missing, but not both Profile.csv and Positions.csv. The ZIP is opened within
/// <see cref="ZipLimits"/> (2,000 entries, 50 MB unpacked, 20 MB per file, compression at most 100:1).
/// </summary>
public sealed class LinkedInExportReader(ILogger<LinkedInExportReader> logger)
{
    public const long MaxBytes = 50 * UploadBuffer.Megabyte;

    internal const string ProfileFile = "Profile.csv";
    internal const string PositionsFile = "Positions.csv";
    internal const string EmailsFile = "Email Addresses.csv";
    internal const string PhonesFile = "PhoneNumbers.csv";

    internal static readonly IReadOnlyList<string> FileNames =
        [ProfileFile, PositionsFile, "Education.csv", "Skills.csv", "Certifications.csv", "Languages.csv", "Courses.csv", "Projects.csv", EmailsFile, PhonesFile];

    /// <param name="content">The uploaded ZIP; read asynchronously and never beyond <see cref="MaxBytes"/> + 1 bytes.</param>
    public async Task<ImportResult<ImportedProfile>> ReadAsync(Stream content, CancellationToken cancellationToken = default)
    {
        var bytes = await UploadBuffer.ReadAsync(content, MaxBytes, cancellationToken);
        return bytes is null
            ? ImportResult<ImportedProfile>.Failure(UploadBuffer.TooLarge(MaxBytes, LinkedInMessages.RequestAgain))
            : await Task.Run(() => Read(bytes, ZipLimits.LinkedInExport), cancellationToken);
    }

    internal ImportResult<ImportedProfile> Read(byte[] zip, ZipLimits limits)
    {
        var contents = BoundedZipReader.Read(zip, FileNames, limits);
        if (!contents.Succeeded)
        {
            return ImportResult<ImportedProfile>.Failure(contents.Error);
        }
        var files = contents.Value.Files;
        if (!files.ContainsKey(ProfileFile) && !files.ContainsKey(PositionsFile))
        {
            return ImportResult<ImportedProfile>.Failure(LinkedInMessages.NotLinkedIn);
        }

        var warnings = new List<string>(contents.Value.Warnings);
        var tables = new Dictionary<string, CsvTable>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in FileNames.Where(files.ContainsKey))
        {
            try
            {
                tables[name] = CsvTable.Parse(name, files[name].Bytes);
            }
            catch (Exception csvError) when (csvError is not OperationCanceledException)
            {
                logger.LogInformation(csvError, "{File} in an uploaded LinkedIn export could not be parsed.", name);
                warnings.Add($"{name} could not be read and was skipped.");
            }
        }

        CsvTable? Table(string name) => tables.GetValueOrDefault(name);
        var profile = LinkedInTables.Profile(Table(ProfileFile), new ImportedProfile());
        return ImportResult<ImportedProfile>.Success(profile with
        {
            Email = LinkedInTables.Email(Table(EmailsFile), warnings),
            Phone = LinkedInTables.Phone(Table(PhonesFile), warnings),
            Jobs = LinkedInTables.Jobs(Table(PositionsFile), warnings),
            Education = LinkedInTables.Education(Table("Education.csv"), warnings),
            Courses = [.. LinkedInTables.Certifications(Table("Certifications.csv"), warnings), .. LinkedInTables.Courses(Table("Courses.csv"), warnings)],
            Languages = LinkedInTables.Languages(Table("Languages.csv"), warnings),
            Skills = LinkedInTables.Skills(Table("Skills.csv")),
            SkillSource = SkillSource.LinkedIn,
            Projects = LinkedInTables.Projects(Table("Projects.csv"), warnings),
            Warnings = warnings,
            LinkedinProfileData = ToJson(tables.Values),
        });
    }

    /// <summary>{"Positions.csv": [{"Company Name": "...", ...}, ...], ...}: every file read, every column kept.</summary>
    private static string ToJson(IEnumerable<CsvTable> tables)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var table in tables)
            {
                json.WriteStartArray(table.FileName);
                foreach (var row in table.Rows)
                {
                    json.WriteStartObject();
                    foreach (var header in table.Headers)
                    {
                        json.WriteString(header, row.Values.GetValueOrDefault(header, ""));
                    }
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
