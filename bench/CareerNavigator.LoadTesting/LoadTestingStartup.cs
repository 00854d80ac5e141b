using CareerNavigator.LoadTesting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

[assembly: HostingStartup(typeof(LoadTestingStartup))]

namespace CareerNavigator.LoadTesting;

/// <summary>
/// What a load run adds to the app under load: <see cref="MeasurementPath"/>, which forces full garbage collections
/// and reports the process's memory, CPU and open circuits to the load tool; the password-hash iterations of
/// <see cref="LoadTestingOptions"/>; and sign-in and antiforgery cookies over plain HTTP (the load run talks to a
/// Production build on loopback). Never for a deployment: the app does not reference this assembly; bench.sh names it
/// in ASPNETCORE_HOSTINGSTARTUPASSEMBLIES.
/// </summary>
public sealed class LoadTestingStartup : IHostingStartup
{
    public const string MeasurementPath = "/_load/server";

    public void Configure(IWebHostBuilder builder) => builder.ConfigureServices((context, services) =>
    {
        var options = context.Configuration.GetSection(LoadTestingOptions.Section).Get<LoadTestingOptions>() ?? new();
        services.AddSingleton<CircuitCount>();
        services.AddScoped<CircuitHandler, CircuitCount.Handler>();
        services.AddSingleton<IStartupFilter, MeasurementEndpoint>();
        if (options.PasswordHashIterations is > 0 and var iterations)
        {
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = iterations);
        }
        services.PostConfigureAll<CookieAuthenticationOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.PostConfigure<AntiforgeryOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
    });

    private sealed class MeasurementEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map(MeasurementPath, branch => branch.Run(ServerMeasurement.WriteAsync));
            next(app);
        };
    }
}
