namespace CareerNavigator.Tests.Infrastructure;

/// <summary>The real app on Kestrel and its own PostgreSQL database, shared by one class of browser tests (each test uses its own users).</summary>
public class BrowserApp : IAsyncLifetime
{
    private readonly MigratedDatabase _database = new();
    private AppFactory? _app;

    public string BaseUrl { get; private set; } = "";

    public CareerNavigator.Data.PostgresDbContext CreateContext() => _database.CreateContext();

    /// <summary>Settings a test class needs on top of the defaults (a subclass overrides this).</summary>
    protected virtual (string Key, string? Value)[] Settings => [];

    public virtual async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _app = AppFactory.ForPostgres(_database.ConnectionString, Settings);
        BaseUrl = _app.StartKestrel();
    }

    public virtual async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        await _database.DisposeAsync();
    }
}
