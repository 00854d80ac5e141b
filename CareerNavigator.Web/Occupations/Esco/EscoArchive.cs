using System.IO.Compression;
using System.Text.RegularExpressions;
using CsvHelper;

namespace CareerNavigator.Web.Occupations.Esco;

/// <summary>
/// The two official ESCO CSV downloads in one folder: the classification zip of one language (occupations_xx.csv,
/// skills_xx.csv, ISCOGroups_xx.csv) and the language-neutral relations zip (occupationSkillRelations.csv). The files
/// are found by their entries, not their names, so a newer version or another language works as downloaded.
/// </summary>
public sealed partial class EscoArchive
{
    private const string RelationsEntry = "occupationSkillRelations.csv";

    private static readonly CsvReaderOptions CsvOptions = new()
    {
        Separator = ',',
        HasHeader = true,
        MissingField = CsvMissingFieldHandling.ReturnEmpty,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
    };

    private readonly string _classificationZip;
    private readonly string _relationsZip;

    private EscoArchive(string classificationZip, string relationsZip, string language, string version)
    {
        _classificationZip = classificationZip;
        _relationsZip = relationsZip;
        Language = language;
        Version = version;
    }

    /// <summary>The language code of the labels ("en").</summary>
    public string Language { get; }

    /// <summary>The ESCO version from the download's file name ("1.1.1"), or "unknown".</summary>
    public string Version { get; }

    /// <summary>The shipped ESCO download (<c>Occupations/EscoData</c> beside the app).</summary>
    public static string ShippedFolder => Path.Combine(AppContext.BaseDirectory, "Occupations", "EscoData");

    /// <summary>Finds the two downloads in <paramref name="folder"/>; throws <see cref="InvalidDataException"/> naming what is missing.</summary>
    public static EscoArchive Open(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new InvalidDataException($"The ESCO folder {folder} does not exist.");
        }

        string? classification = null, relations = null, language = null;
        foreach (var zip in Directory.EnumerateFiles(folder, "*.zip").Order(StringComparer.Ordinal))
        {
            using var archive = ZipFile.OpenRead(zip);
            if (archive.GetEntry(RelationsEntry) is not null)
            {
                relations ??= zip;
            }
            if (archive.Entries.Select(e => OccupationsEntry().Match(e.FullName)).FirstOrDefault(m => m.Success) is { } match)
            {
                classification ??= zip;
                language ??= match.Groups[1].Value;
            }
        }

        if (classification is null || relations is null || language is null)
        {
            throw new InvalidDataException(
                $"{folder} must hold ESCO's two CSV downloads: the classification of one language (with occupations_xx.csv) " +
                $"and the relations (with {RelationsEntry}). Found: {(classification is null ? "no classification" : "the classification")}, " +
                $"{(relations is null ? "no relations" : "the relations")}.");
        }
        var version = VersionInName().Match(Path.GetFileName(classification)) is { Success: true } v ? v.Groups[1].Value : "unknown";
        return new EscoArchive(classification, relations, language, version);
    }

    public IEnumerable<EscoOccupationRow> Occupations() =>
        Rows(_classificationZip, $"occupations_{Language}.csv", row => new EscoOccupationRow(
            row.Get("conceptUri"), row.Get("preferredLabel"), EscoLabels.Split(row.Get("altLabels")), row.Get("iscoGroup"),
            row.Get("description"), row.Get("code"), row.Get("status") == "released",
            row.Get("regulatedProfessionNote").EndsWith("/regulated", StringComparison.Ordinal)));

    public IEnumerable<EscoSkillRow> Skills() =>
        Rows(_classificationZip, $"skills_{Language}.csv", row => new EscoSkillRow(
            row.Get("conceptUri"), row.Get("preferredLabel"), EscoLabels.Split(row.Get("altLabels")), row.Get("skillType"),
            row.Get("reuseLevel"), row.Get("description"), row.Get("status") == "released"));

    public IEnumerable<EscoRelationRow> Relations() =>
        Rows(_relationsZip, RelationsEntry, row => new EscoRelationRow(
            row.Get("occupationUri"), row.Get("skillUri"), row.Get("relationType") == "essential"));

    public IEnumerable<EscoIscoGroupRow> IscoGroups() =>
        Rows(_classificationZip, $"ISCOGroups_{Language}.csv", row => new EscoIscoGroupRow(row.Get("code"), row.Get("preferredLabel")));

    private static IEnumerable<T> Rows<T>(string zipPath, string entryName, Func<NamedRow, T> map)
    {
        using var archive = ZipFile.OpenRead(zipPath);
        var entry = archive.GetEntry(entryName)
                    ?? throw new InvalidDataException($"{Path.GetFileName(zipPath)} has no {entryName}.");
        using var stream = entry.Open();
        using var csv = CsvReader.Create(stream, CsvOptions, leaveOpen: false);
        var columns = csv.Headers.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index, StringComparer.Ordinal);
        while (csv.Read())
        {
            var row = new NamedRow(csv, columns);
            if (row.Get(columns.ContainsKey("conceptUri") ? "conceptUri" : columns.Keys.First()).Length > 0)
            {
                yield return map(row);
            }
        }
    }


    private readonly struct NamedRow(CsvReader csv, Dictionary<string, int> columns)
    {
        public string Get(string column) =>
            columns.TryGetValue(column, out var index) && index < csv.FieldCount ? csv.GetString(index).Trim() : "";
    }

    [GeneratedRegex(@"^occupations_([a-z]{2,3})\.csv$")]
    private static partial Regex OccupationsEntry();

    [GeneratedRegex(@"v(\d+(?:\.\d+)+)")]
    private static partial Regex VersionInName();
}
