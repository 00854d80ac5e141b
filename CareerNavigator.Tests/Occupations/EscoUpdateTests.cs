using CareerNavigator.Data;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Occupations.Esco;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Occupations;

/// <summary>
/// A newer download after the shipped one: what it holds is inserted or updated by URI, what it lacks stays (marked
/// obsolete, same id, so stored references keep resolving), and the relations become exactly its own.
/// </summary>
public sealed class EscoUpdateTests(EscoDatabase postgres, SqliteEscoDatabase sqlite)
    : IClassFixture<EscoDatabase>, IClassFixture<SqliteEscoDatabase>
{
    private const string PromptEngineer = "http://data.europa.eu/esco/occupation/test-prompt-engineer";
    private const string WritePrompts = "http://data.europa.eu/esco/skill/test-write-prompts";

    private readonly EscoDatabases _databases = new(postgres, sqlite);

    [Theory]
    [InlineData(DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task A_smaller_download_keeps_what_it_lacks_as_obsolete_and_the_full_one_brings_it_back(DatabaseProvider provider)
    {
        await using var db = _databases.CreateContext(provider);
        var developer = await db.EscoOccupations.AsNoTracking().SingleAsync(o => o.Uri == EscoImportTests.SoftwareDeveloper);
        var keptSkill = await db.EscoOccupationSkills.Where(r => r.OccupationId == developer.Id && r.IsEssential)
            .Select(r => r.Skill!).OrderBy(s => s.Id).FirstAsync();
        var someOtherOccupation = await db.EscoOccupations.AsNoTracking().FirstAsync(o => o.Id != developer.Id);

        using var newer = new TinyEscoDownload("1.2.0",
            [(developer.Uri, "software developer", ["software engineer", "coder"], "2512"), (PromptEngineer, "prompt engineer", [], "2512")],
            [(keptSkill.Uri, keptSkill.PreferredLabel), (WritePrompts, "write prompts")],
            [(developer.Uri, keptSkill.Uri, true), (developer.Uri, WritePrompts, false), (PromptEngineer, WritePrompts, true)]);
        var result = await EscoImporter.ImportAsync(db, EscoArchive.Open(newer.Folder), TimeProvider.System);

        Assert.Equal((2, 2, 3), (result.Occupations, result.Skills, result.Relations));
        Assert.Equal(3_006 + 13_895, result.MarkedObsolete);
        Assert.Equal(3_008, await db.EscoOccupations.CountAsync());
        Assert.Equal(13_897, await db.EscoSkills.CountAsync());
        Assert.Equal([developer.Uri, PromptEngineer], await db.EscoOccupations.Where(o => !o.Obsolete).OrderBy(o => o.Id).Select(o => o.Uri).ToListAsync());

        var updated = await db.EscoOccupations.AsNoTracking().SingleAsync(o => o.Uri == developer.Uri);
        Assert.Equal((developer.Id, "software engineer\ncoder"), (updated.Id, updated.AltLabels));
        var kept = await db.EscoOccupations.AsNoTracking().SingleAsync(o => o.Id == someOtherOccupation.Id);
        Assert.Equal((someOtherOccupation.Uri, someOtherOccupation.PreferredLabel, true), (kept.Uri, kept.PreferredLabel, kept.Obsolete));

        var relations = await db.EscoOccupationSkills.OrderBy(r => r.Occupation!.Uri).ThenBy(r => r.Skill!.Uri)
            .Select(r => new { Occupation = r.Occupation!.Uri, Skill = r.Skill!.Uri, r.IsEssential }).ToListAsync();
        Assert.Equal(3, relations.Count);
        Assert.Contains(relations, r => r.Occupation == developer.Uri && r.Skill == WritePrompts && !r.IsEssential);
        Assert.Equal("1.2.0", (await db.EscoImports.OrderByDescending(i => i.Id).FirstAsync()).Version);

        var full = await EscoImporter.ImportAsync(db, EscoArchive.Open(EscoArchive.ShippedFolder), TimeProvider.System);

        Assert.Equal(2, full.MarkedObsolete);
        Assert.Equal([PromptEngineer], await db.EscoOccupations.Where(o => o.Obsolete).Select(o => o.Uri).ToListAsync());
        Assert.Equal(developer.AltLabels, (await db.EscoOccupations.AsNoTracking().SingleAsync(o => o.Id == developer.Id)).AltLabels);
        Assert.Equal(EscoImportTests.StoredRelations, await db.EscoOccupationSkills.CountAsync());
    }
}
