using CareerNavigator.Data;
using CareerNavigator.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace CareerNavigator.Tests.Data;

public sealed class MigrationTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public void Postgres_migrations_match_the_model()
    {
        using var db = database.CreateContext();
        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration to Migrations/Postgres (see CareerNavigatorDbContext).");
    }

    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = new SqliteDbContext(DatabaseOptionsBuilder.For<SqliteDbContext>(DatabaseProvider.Sqlite, "Data Source=:memory:"));
        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration to Migrations/Sqlite (see CareerNavigatorDbContext).");
    }

    [Fact]
    public void Both_sets_have_the_same_migrations()
    {
        using var postgres = database.CreateContext();
        using var sqlite = new SqliteDbContext(DatabaseOptionsBuilder.For<SqliteDbContext>(DatabaseProvider.Sqlite, "Data Source=:memory:"));

        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_') + 1)..]);
        Assert.Equal(Names(postgres), Names(sqlite));
    }

    [Fact]
    public async Task Postgres_migrates_up_then_all_the_way_down_then_up_again()
    {
        await using var db = database.CreateContext();
        var migrator = db.GetService<IMigrator>();

        await migrator.MigrateAsync();
        Assert.Contains("generated_products", await TablesAsync());

        await migrator.MigrateAsync(Migration.InitialDatabase);
        var afterDown = await TablesAsync();
        Assert.DoesNotContain("users", afterDown);
        Assert.DoesNotContain("generated_products", afterDown);
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM pg_type WHERE typname IN ('user_group', 'product_type')"));

        await migrator.MigrateAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Contains("users", await TablesAsync());
    }

    [Fact]
    public async Task Sqlite_migrates_up_then_all_the_way_down_then_up_again()
    {
        var file = Path.Combine(Path.GetTempPath(), $"cn-migrations-{Guid.NewGuid():N}.db");
        try
        {
            await using var db = new SqliteDbContext(DatabaseOptionsBuilder.For<SqliteDbContext>(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=false"));
            var migrator = db.GetService<IMigrator>();

            await migrator.MigrateAsync();
            await migrator.MigrateAsync(Migration.InitialDatabase);
            Assert.Equal(0, await db.Database.SqlQueryRaw<int>(
                "SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = 'users'").SingleAsync());
            await migrator.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }
        finally
        {
            File.Delete(file);
        }
    }

    private async Task<List<string>> TablesAsync()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }
        return tables;
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
