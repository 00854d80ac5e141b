using CareerNavigator.Data;
using CareerNavigator.Web.Occupations.Esco;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CareerNavigator.Tests.Infrastructure;

/// <summary>
/// A migrated PostgreSQL database holding the shipped ESCO download, for one test class (dropped afterwards). The
/// import runs once per test run, into a template database; each class gets a clone of it (<c>CREATE DATABASE …
/// TEMPLATE</c>, a file copy that takes a fraction of a second). Use it like <see cref="MigratedDatabase"/>.
/// </summary>
public sealed class EscoDatabase : IAsyncLifetime, IDbContextFactory<CareerNavigatorDbContext>
{
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);
    private PostgresServer? _server;

    public string ConnectionString { get; private set; } = "";

    public PostgresDbContext CreateContext() =>
        new(DatabaseOptionsBuilder.For<PostgresDbContext>(DatabaseProvider.Postgres, ConnectionString));

    CareerNavigatorDbContext IDbContextFactory<CareerNavigatorDbContext>.CreateDbContext() => CreateContext();

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.GetAsync();
        var template = await Template.Value;
        var name = "cn_test_esco_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(_server.AdminConnectionString);
        await connection.OpenAsync();
        await using var clone = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"", connection);
        await clone.ExecuteNonQueryAsync();
        ConnectionString = new NpgsqlConnectionStringBuilder(_server.AdminConnectionString) { Database = name }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (_server is not null && ConnectionString.Length > 0)
        {
            await _server.DropDatabaseAsync(ConnectionString);
        }
    }

    /// <summary>
    /// Migrates a new database and imports the shipped ESCO into it over unpooled connections: PostgreSQL copies a
    /// template only while nobody is connected to it, and a pooled connection would stay open.
    /// </summary>
    private static async Task<string> CreateTemplateAsync()
    {
        var server = await PostgresServer.GetAsync();
        var connectionString = new NpgsqlConnectionStringBuilder(await server.CreateDatabaseAsync()) { Pooling = false }.ConnectionString;
        await using (var db = new PostgresDbContext(DatabaseOptionsBuilder.For<PostgresDbContext>(DatabaseProvider.Postgres, connectionString)))
        {
            await db.Database.MigrateAsync();
            await EscoImporter.ImportAsync(db, EscoArchive.Open(EscoArchive.ShippedFolder), TimeProvider.System);
        }

        // Left behind by a run against an existing server (CAREERNAV_TEST_POSTGRES) otherwise; a started cluster goes anyway.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.DropDatabaseAsync(connectionString).GetAwaiter().GetResult();
        return new NpgsqlConnectionStringBuilder(connectionString).Database!;
    }
}
