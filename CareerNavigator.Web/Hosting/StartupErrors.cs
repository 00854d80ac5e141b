using Microsoft.Extensions.Options;

namespace CareerNavigator.Web.Hosting;

public static class StartupErrors
{
    /// <summary>
    /// Ends a command or a failed start-up: disposing the app drains the console logger's queue, so the
    /// one line that says why is written before the process exits.
    /// </summary>
    public static async Task<int> ExitAsync(this WebApplication app, int exitCode)
    {
        await app.DisposeAsync();
        return exitCode;
    }

    /// <summary>
    /// Runs the app; settings that fail validation at start-up (ValidateOnStart) end it with one line per
    /// problem and exit code 1 instead of a stack trace.
    /// </summary>
    public static async Task<int> RunUntilStoppedAsync(this WebApplication app)
    {
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (OptionsValidationException e)
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CareerNavigator.Configuration");
            foreach (var failure in e.Failures)
            {
                logger.LogCritical("Invalid configuration: {Problem}", failure);
            }
            return await app.ExitAsync(1);
        }
    }
}
