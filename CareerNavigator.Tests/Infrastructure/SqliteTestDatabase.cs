using CareerNavigator.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Infrastructure;

/// <summary>The embedded default: a migrated SQLite file for one test class, removed afterwards.</summary>
public sealed class SqliteTestDatabase : IAsyncLifetime, IDbContextFactory<CareerNavigatorDbContext>
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"cn-test-{Guid.NewGuid():N}.db");

    public CareerNavigatorDbContext CreateDbContext() =>
        new SqliteDbContext(DatabaseOptionsBuilder.For<SqliteDbContext>(DatabaseProvider.Sqlite, $"Data Source={_file}"));

    public async Task InitializeAsync()
    {
        await using var db = CreateDbContext();
        await db.Database.MigrateAsync();
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
        return Task.CompletedTask;
    }
}
