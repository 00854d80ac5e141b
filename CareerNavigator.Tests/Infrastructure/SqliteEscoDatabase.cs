using CareerNavigator.Data;
using CareerNavigator.Web.Occupations.Esco;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Infrastructure;

/// <summary>
/// The embedded default with the shipped ESCO: a migrated SQLite file for one test class, removed afterwards. The
/// import runs once per test run into a template file; each class gets a copy of it.
/// </summary>
public sealed class SqliteEscoDatabase : IAsyncLifetime, IDbContextFactory<CareerNavigatorDbContext>
{
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    public string File { get; } = Path.Combine(Path.GetTempPath(), $"cn-test-esco-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={File}";

    public CareerNavigatorDbContext CreateDbContext() =>
        new SqliteDbContext(DatabaseOptionsBuilder.For<SqliteDbContext>(DatabaseProvider.Sqlite, ConnectionString));

    public async Task InitializeAsync() => System.IO.File.Copy(await Template.Value, File);

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        System.IO.File.Delete(File);
        return Task.CompletedTask;
    }

    /// <summary>Unpooled, so that no connection holds the file while it is copied.</summary>
    private static async Task<string> CreateTemplateAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"cn-test-esco-template-{Guid.NewGuid():N}.db");
        await using (var db = new SqliteDbContext(DatabaseOptionsBuilder.For<SqliteDbContext>(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=false")))
        {
            await db.Database.MigrateAsync();
            await EscoImporter.ImportAsync(db, EscoArchive.Open(EscoArchive.ShippedFolder), TimeProvider.System);
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => System.IO.File.Delete(file);
        return file;
    }
}
