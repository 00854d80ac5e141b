using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace CareerNavigator.Web.LoadTesting;

public static class LoadTestingSetup
{
    public const string MeasurementPath = "/_load/server";

    /// <summary>Registers the load tool's measurement endpoint, only when <c>LoadTesting:Enabled</c> is true.</summary>
    public static WebApplicationBuilder AddLoadTesting(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(LoadTestingOptions.Section).Get<LoadTestingOptions>() ?? new();
        if (!options.Enabled)
        {
            return builder;
        }
        builder.Services.AddSingleton<CircuitCount>();
        builder.Services.AddScoped<CircuitHandler, CircuitCount.Handler>();
        builder.Services.AddSingleton<IStartupFilter, MeasurementEndpoint>();
        if (options.PasswordHashIterations is > 0 and var iterations)
        {
            builder.Services.Configure<PasswordHasherOptions>(o => o.IterationCount = iterations);
        }
        // The load run talks plain HTTP on loopback to a Production build, which otherwise marks its cookies Secure.
        builder.Services.PostConfigureAll<CookieAuthenticationOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.Services.PostConfigure<AntiforgeryOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        return builder;
    }

    private sealed class MeasurementEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map(MeasurementPath, branch => branch.Run(ServerMeasurement.WriteAsync));
            next(app);
        };
    }
}
