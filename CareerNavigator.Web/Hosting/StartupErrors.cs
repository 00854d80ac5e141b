using Microsoft.Extensions.Options;

namespace CareerNavigator.Web.Hosting;

public static class StartupErrors
{
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
            return 1;
        }
    }
}
