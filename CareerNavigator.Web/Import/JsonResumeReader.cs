using System.Text;
using System.Text.Json;
using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Import;

/// <summary>
/// Reads a JSON Resume (jsonresume.org schema): basics, work, volunteer, education, certificates, skills,
/// languages and projects; every section is optional. Volunteer roles become jobs (their description says
/// so). Malformed JSON gives the line and position where it breaks.
/// </summary>
public sealed class JsonResumeReader
{
    public const long MaxBytes = 5 * UploadBuffer.Megabyte;

    private static readonly string[] Sections =
        ["basics", "work", "volunteer", "education", "awards", "certificates", "publications", "skills", "languages", "interests", "references", "projects"];

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    /// <param name="content">The uploaded file; read asynchronously and never beyond <see cref="MaxBytes"/> + 1 bytes.</param>
    public async Task<ImportResult<ImportedProfile>> ReadAsync(Stream content, CancellationToken cancellationToken = default)
    {
        var bytes = await UploadBuffer.ReadAsync(content, MaxBytes, cancellationToken);
        return bytes is null
            ? ImportResult<ImportedProfile>.Failure(UploadBuffer.TooLarge(MaxBytes, JsonResumeMessages.TooLargeAlternative))
            : Read(bytes);
    }

    /// <summary>For JSON the user pasted rather than uploaded.</summary>
    public ImportResult<ImportedProfile> Read(string json) => Read(Encoding.UTF8.GetBytes(json));

    private static ImportResult<ImportedProfile> Read(byte[] bytes)
    {
        var json = bytes.AsMemory();
        if (json.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            json = json[3..];
        }
        if (json.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return ImportResult<ImportedProfile>.Failure(JsonResumeMessages.Empty);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException error)
        {
            return ImportResult<ImportedProfile>.Failure(JsonResumeMessages.Malformed((error.LineNumber ?? 0) + 1, (error.BytePositionInLine ?? 0) + 1));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !Sections.Any(s => root.TryGetProperty(s, out _)))
            {
                return ImportResult<ImportedProfile>.Failure(JsonResumeMessages.NotAResume);
            }
            var warnings = new List<string>();
            var sections = new JsonResumeSections(root, warnings);
            try
            {
                return ImportResult<ImportedProfile>.Success(sections.Basics() with
                {
                    Jobs = [.. sections.Work(), .. sections.Volunteer()],
                    Education = sections.Education(),
                    Courses = sections.Certificates(),
                    Skills = sections.Skills(),
                    SkillSource = SkillSource.JsonResume,
                    Languages = sections.Languages(),
                    Projects = sections.Projects(),
                    Warnings = warnings,
                });
            }
            catch (InvalidOperationException)
            {
                // The parser accepts an escaped half surrogate pair ("\ud83d"); reading that string as text throws.
                return ImportResult<ImportedProfile>.Failure(JsonResumeMessages.BrokenCharacter);
            }
        }
    }
}
