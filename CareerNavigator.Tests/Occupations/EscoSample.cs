using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Occupations.Esco;

namespace CareerNavigator.Tests.Occupations;

/// <summary>
/// A few real ESCO occupations (two nursing, three software and data ones, two of the same ISCO group) with every skill
/// they list and all ISCO groups, read from the shipped download once per test run: enough for pages, API and gap
/// tests without importing the whole classification into each test database.
/// </summary>
public static class EscoSample
{
    public const string GeneralNurse = "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50";
    public const string SpecialistNurse = "http://data.europa.eu/esco/occupation/18e14e61-495b-44cc-a7c6-df4c625934ba";
    public const string SoftwareDeveloper = "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1";
    public const string WebDeveloper = "http://data.europa.eu/esco/occupation/c40a2919-48a9-40ea-b506-1f34f693496d";
    public const string DataAnalyst = "http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2";

    public static IReadOnlyList<string> OccupationUris { get; } = [GeneralNurse, SpecialistNurse, SoftwareDeveloper, WebDeveloper, DataAnalyst];

    private static readonly Lazy<Rows> Sample = new(Read);

    /// <summary>Inserts the sample (occupations, their skills and relations, every ISCO group) into an empty, migrated database.</summary>
    public static async Task SeedAsync(CareerNavigatorDbContext db)
    {
        var rows = Sample.Value;
        var occupations = rows.Occupations.Select(o => new EscoOccupation
        {
            Uri = o.Uri, PreferredLabel = o.PreferredLabel, AltLabels = string.Join('\n', o.AltLabels), IscoGroup = o.IscoGroup,
            Code = o.Code, Description = o.Description,
        }).ToList();
        var skills = rows.Skills.Select(s => new EscoSkill
        {
            Uri = s.Uri, PreferredLabel = s.PreferredLabel, AltLabels = string.Join('\n', s.AltLabels), SkillType = s.SkillType,
            ReuseLevel = s.ReuseLevel, Description = s.Description,
        }).ToList();
        db.EscoOccupations.AddRange(occupations);
        db.EscoSkills.AddRange(skills);
        db.EscoIscoGroups.AddRange(rows.Groups.Select(g => new EscoIscoGroup { Code = g.Code, PreferredLabel = g.PreferredLabel }));
        await db.SaveChangesAsync();

        var occupationIds = occupations.ToDictionary(o => o.Uri, o => o.Id);
        var skillIds = skills.ToDictionary(s => s.Uri, s => s.Id);
        db.EscoOccupationSkills.AddRange(rows.Relations.Select(r => new EscoOccupationSkill
        {
            OccupationId = occupationIds[r.OccupationUri], SkillId = skillIds[r.SkillUri], IsEssential = r.Essential,
        }));
        await db.SaveChangesAsync();
    }

    private static Rows Read()
    {
        var archive = EscoArchive.Open(EscoArchive.ShippedFolder);
        var wanted = OccupationUris.ToHashSet(StringComparer.Ordinal);
        var relations = archive.Relations().Where(r => wanted.Contains(r.OccupationUri)).ToList();
        var skillUris = relations.Select(r => r.SkillUri).ToHashSet(StringComparer.Ordinal);
        return new Rows(
            archive.Occupations().Where(o => wanted.Contains(o.Uri)).ToList(),
            archive.Skills().Where(s => skillUris.Contains(s.Uri)).ToList(),
            relations,
            archive.IscoGroups().GroupBy(g => g.Code).Select(g => g.First()).ToList());
    }

    private sealed record Rows(
        List<EscoOccupationRow> Occupations, List<EscoSkillRow> Skills, List<EscoRelationRow> Relations, List<EscoIscoGroupRow> Groups);
}
