using CareerNavigator.Web;
using CareerNavigator.Web.Database;

namespace CareerNavigator.Tools;

/// <summary>
/// The app a command works with: built from the web app's own list of services (<see cref="CareerNavigatorSetup"/>)
/// and read from the same settings (the app's appsettings*.json, copied beside the tool; environment variables; its
/// user secrets in Development), but never started: no web server, no background services.
/// </summary>
internal static class ToolApp
{
    public static async Task<int> RunAsync(bool prepareDatabase, Func<IServiceProvider, Task<int>> command)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(CareerNavigatorSetup).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.AddCareerNavigator();
        // Disposing the app drains the console logger, so a line logged just before the exit is written.
        await using var app = builder.Build();
        if (prepareDatabase && !await app.PrepareDatabaseAsync())
        {
            return 1;
        }
        return await command(app.Services);
    }
}
