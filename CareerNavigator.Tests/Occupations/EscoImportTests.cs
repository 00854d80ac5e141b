using CareerNavigator.Data;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Occupations.Esco;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CareerNavigator.Tests.Occupations;

/// <summary>The shipped ESCO download in the database, on both providers (imported once per run, see <see cref="EscoDatabase"/>).</summary>
public sealed class EscoImportTests(EscoDatabase postgres, SqliteEscoDatabase sqlite)
    : IClassFixture<EscoDatabase>, IClassFixture<SqliteEscoDatabase>
{
    public const string SoftwareDeveloper = "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1";

    /// <summary>
    /// ESCO 1.1.1's relations file names one occupation (…/a9e54177-a185-404d-b6e6-15663d31137e, 67 relations) that its
    /// occupations file does not hold; a stored relation needs both ends, so those 67 are not stored.
    /// </summary>
    public const int StoredRelations = 123_855 - 67;

    private readonly EscoDatabases _databases = new(postgres, sqlite);

    [Theory]
    [InlineData(DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task The_shipped_download_is_imported_whole(DatabaseProvider provider)
    {
        await using var db = _databases.CreateContext(provider);

        Assert.Equal(3_007, await db.EscoOccupations.CountAsync());
        Assert.Equal(13_896, await db.EscoSkills.CountAsync());
        Assert.Equal(StoredRelations, await db.EscoOccupationSkills.CountAsync());
        Assert.False(await db.EscoOccupations.AnyAsync(o => o.Obsolete) || await db.EscoSkills.AnyAsync(s => s.Obsolete));
        Assert.Equal(15, await db.EscoOccupations.CountAsync(o => o.Regulated));
        Assert.True((await db.EscoOccupations.SingleAsync(o => o.PreferredLabel == "nurse responsible for general care")).Regulated);
        var import = await db.EscoImports.OrderBy(i => i.Id).FirstAsync();
        Assert.Equal(("1.1.1", "en", 3_007, 13_896, 123_855), (import.Version, import.Language, import.OccupationCount, import.SkillCount, import.RelationCount));
        Assert.Equal("Software developers", (await db.EscoIscoGroups.SingleAsync(g => g.Code == "2512")).PreferredLabel);

        var developer = await db.EscoOccupations.SingleAsync(o => o.Uri == SoftwareDeveloper);
        Assert.Equal(("software developer", "2512"), (developer.PreferredLabel, developer.IscoGroup));
        Assert.Contains("software engineer", developer.AltLabels.Split('\n'));
        Assert.InRange(await db.EscoOccupationSkills.CountAsync(r => r.OccupationId == developer.Id && r.IsEssential), 5, 100);
    }

    [Theory]
    [InlineData(DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task A_second_import_of_the_same_download_changes_nothing(DatabaseProvider provider)
    {
        await using var db = _databases.CreateContext(provider);
        var before = await StateAsync(db);
        var imports = await db.EscoImports.CountAsync();

        var result = await EscoImporter.ImportAsync(db, EscoArchive.Open(EscoArchive.ShippedFolder), TimeProvider.System);

        Assert.Equal((0, 0), (result.RowsWritten, result.MarkedObsolete));
        Assert.Equal((3_007, 13_896, 123_855, StoredRelations), (result.Occupations, result.Skills, result.RelationsInDownload, result.Relations));
        Assert.Equal(before, await StateAsync(db));
        Assert.Equal(imports + 1, await db.EscoImports.CountAsync());
    }

    [Fact]
    public async Task On_postgres_the_searched_labels_have_trigram_indexes()
    {
        await using var connection = new NpgsqlConnection(postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT indexname FROM pg_indexes WHERE indexdef LIKE '%USING gin%gin_trgm_ops%' AND tablename LIKE 'esco%' ORDER BY 1", connection);
        var indexes = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            indexes.Add(reader.GetString(0));
        }

        Assert.Equal(["ix_esco_occupations_alt_labels_trgm", "ix_esco_occupations_preferred_label_trgm", "ix_esco_skills_preferred_label_trgm"], indexes);
    }

    /// <summary>Row counts and the highest ids: a duplicate or re-inserted row would change them.</summary>
    private static async Task<(int, int, int, int, int, int)> StateAsync(CareerNavigatorDbContext db) => (
        await db.EscoOccupations.CountAsync(), await db.EscoSkills.CountAsync(), await db.EscoOccupationSkills.CountAsync(),
        await db.EscoIscoGroups.CountAsync(), await db.EscoOccupations.MaxAsync(o => o.Id), await db.EscoSkills.MaxAsync(s => s.Id));
}
