using System.IO.Compression;
using System.Text;

namespace CareerNavigator.Tests.Occupations;

/// <summary>
/// A pair of ESCO-shaped CSV zips in a temporary folder, written as ESCO publishes them (quoted fields, alternative
/// labels one per line), for imports smaller than the shipped one. Deleted on dispose.
/// </summary>
public sealed class TinyEscoDownload : IDisposable
{
    public TinyEscoDownload(
        string version,
        IEnumerable<(string Uri, string Label, string[] AltLabels, string IscoGroup)> occupations,
        IEnumerable<(string Uri, string Label)> skills,
        IEnumerable<(string OccupationUri, string SkillUri, bool Essential)> relations)
    {
        Folder = Directory.CreateTempSubdirectory("esco-tiny").FullName;
        Write($"esco-v{version}-classification-en-csv.zip", new()
        {
            ["occupations_en.csv"] = Csv(["conceptType", "conceptUri", "iscoGroup", "preferredLabel", "altLabels", "status", "description", "code"],
                occupations.Select(o => new[] { "Occupation", o.Uri, o.IscoGroup, o.Label, string.Join('\n', o.AltLabels), "released", $"Does {o.Label} work.", o.IscoGroup + ".1" })),
            ["skills_en.csv"] = Csv(["conceptType", "conceptUri", "skillType", "reuseLevel", "preferredLabel", "altLabels", "status", "description"],
                skills.Select(s => new[] { "KnowledgeSkillCompetence", s.Uri, "skill/competence", "cross-sector", s.Label, "", "released", $"To {s.Label}." })),
            ["ISCOGroups_en.csv"] = Csv(["conceptType", "conceptUri", "code", "preferredLabel"],
                [["ISCOGroup", "http://data.europa.eu/esco/isco/C2512", "2512", "Software developers"]]),
        });
        Write($"esco-v{version}-classification-relations-csv.zip", new()
        {
            ["occupationSkillRelations.csv"] = Csv(["occupationUri", "relationType", "skillType", "skillUri"],
                relations.Select(r => new[] { r.OccupationUri, r.Essential ? "essential" : "optional", "skill/competence", r.SkillUri })),
        });
    }

    public string Folder { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private void Write(string name, Dictionary<string, string> entries)
    {
        using var zip = ZipFile.Open(Path.Combine(Folder, name), ZipArchiveMode.Create);
        foreach (var (entryName, text) in entries)
        {
            using var writer = new StreamWriter(zip.CreateEntry(entryName).Open(), new UTF8Encoding(false));
            writer.Write(text);
        }
    }

    private static string Csv(string[] header, IEnumerable<string[]> rows) =>
        string.Join("\n", new[] { header }.Concat(rows).Select(row => string.Join(",", row.Select(field => $"\"{field.Replace("\"", "\"\"")}\"")))) + "\n";
}
