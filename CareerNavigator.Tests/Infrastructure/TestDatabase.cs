using CareerNavigator.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Infrastructure;

/// <summary>A fresh PostgreSQL database for one test class, dropped when the class is done.</summary>
public sealed class TestDatabase : IAsyncLifetime
{
    private readonly PostgresServer? _ownServer;
    private PostgresServer? _server;

    public TestDatabase()
    {
    }

    // xunit allows a class fixture only one public constructor.
    private TestDatabase(PostgresServer server) => _ownServer = server;

    /// <summary>A database on a server the test started itself (see <see cref="PostgresServer.StartPrivateAsync"/>).</summary>
    public static TestDatabase On(PostgresServer server) => new(server);

    public string ConnectionString { get; private set; } = "";

    public PostgresServer Server => _server ?? throw new InvalidOperationException("Not initialised yet.");

    public async Task InitializeAsync()
    {
        _server = _ownServer ?? await PostgresServer.GetAsync();
        ConnectionString = await _server.CreateDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DropDatabaseAsync(ConnectionString);
        }
    }

    public PostgresDbContext CreateContext() =>
        new(DatabaseOptionsBuilder.For<PostgresDbContext>(DatabaseProvider.Postgres, ConnectionString));

    public async Task MigrateAsync()
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
    }
}

/// <summary>A <see cref="TestDatabase"/> already migrated to the latest schema.</summary>
public sealed class MigratedDatabase : IAsyncLifetime
{
    public MigratedDatabase() => Database = new TestDatabase();

    // xunit allows a class fixture only one public constructor.
    private MigratedDatabase(PostgresServer server) => Database = TestDatabase.On(server);

    /// <summary>A migrated database on a server the test started itself.</summary>
    public static MigratedDatabase On(PostgresServer server) => new(server);

    public TestDatabase Database { get; }

    public string ConnectionString => Database.ConnectionString;

    public PostgresDbContext CreateContext() => Database.CreateContext();

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        await Database.MigrateAsync();
    }

    public Task DisposeAsync() => Database.DisposeAsync();
}
