using CareerNavigator.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Infrastructure;

/// <summary>
/// The real app (Program) on a database the test chose. Settings are passed as configuration, exactly as an
/// operator would set them. <see cref="StartKestrel"/> serves it on a real port for the browser tests.
/// </summary>
public sealed class AppFactory(IReadOnlyDictionary<string, string?> settings, string environment = "Development")
    : WebApplicationFactory<Program>
{
    private readonly List<IHostingStartup> _hostingStartups = [];

    public static AppFactory ForPostgres(string connectionString, params (string Key, string? Value)[] extra) =>
        ForPostgresIn("Development", connectionString, extra);

    /// <summary>Outside Development the app gets the test certificate for its Data Protection keys, as it requires.</summary>
    public static AppFactory ForPostgresIn(string environment, string connectionString, params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = nameof(DatabaseProvider.Postgres),
            ["ConnectionStrings:DefaultConnection"] = connectionString,
            ["DemoData:Enabled"] = "false",
            // Every test client shares one address; the rate-limit tests set the production default back.
            ["RateLimits:AccountFormsPerMinute"] = "1000",
        };
        foreach (var (key, value) in environment == "Development" ? extra : [.. TestKeyEncryption.Settings, .. extra])
        {
            settings[key] = value;
        }
        return new AppFactory(settings, environment);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        // Mail goes to a folder outside the source tree unless a test sends it somewhere else.
        builder.UseSetting("Email:PickupFolder", Path.Combine(Path.GetTempPath(), "careernav-test-mail"));
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        foreach (var startup in _hostingStartups)
        {
            startup.Configure(builder);
        }
    }

    /// <summary>
    /// Adds a hosting startup, as ASPNETCORE_HOSTINGSTARTUPASSEMBLIES does for a real process (that variable is read
    /// when the app's builder is created, before a test's settings apply).
    /// </summary>
    public AppFactory With(IHostingStartup startup)
    {
        _hostingStartups.Add(startup);
        return this;
    }

    /// <summary>Starts the app on Kestrel at 127.0.0.1 and a free port; returns its base address.</summary>
    public string StartKestrel()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return addresses.First().Replace("[::1]", "127.0.0.1").Replace("localhost", "127.0.0.1").TrimEnd('/') + "/";
    }
}
