using CareerNavigator.LoadTesting;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tools.LoadUsers;

namespace CareerNavigator.Tests.Load;

/// <summary>
/// The real app on Kestrel with the load run's hosting startup (the measurement endpoint), over its own PostgreSQL
/// database holding the load accounts. Tests of one class share it and take different account numbers.
/// </summary>
public sealed class LoadApp : IAsyncLifetime
{
    public const int OnboardingAccounts = 70;
    private readonly MigratedDatabase _database = new();
    private AppFactory? _app;

    public Uri BaseUrl { get; private set; } = null!;

    public string ConnectionString => _database.ConnectionString;

    public IServiceProvider Services => _app!.Services;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _app = AppFactory.ForPostgres(_database.ConnectionString, ("Logging:LogLevel:Default", "Warning"))
            .With(new LoadTestingStartup());
        BaseUrl = new Uri(_app.StartKestrel());
        await LoadUserSeeder.RunAsync(_app.Services, new LoadUserSeeder.Accounts(Onboarding: OnboardingAccounts, Complete: 0), TextWriter.Null);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        await _database.DisposeAsync();
    }
}
