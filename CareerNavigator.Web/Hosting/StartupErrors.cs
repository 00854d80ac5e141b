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
    /// Runs the app; settings that fail validation (ValidateOnStart) end it with one line per problem and exit
    /// code 1. They are checked here, before the host starts: the host would check them too, but it logs a stack
    /// trace and disposes its services before the problems could be written.
    /// </summary>
    /// <param name="onceValid">Slow start-up work (loading reference data) that waits until the settings are known to be valid.</param>
    public static async Task<int> RunUntilStoppedAsync(this WebApplication app, Func<Task>? onceValid = null)
    {
        var failures = InvalidSettings(app.Services);
        if (failures.Count > 0)
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CareerNavigator.Configuration");
            foreach (var failure in failures)
            {
                logger.LogCritical("Invalid configuration: {Problem}", failure);
            }
            return await app.ExitAsync(1);
        }
        if (onceValid is not null)
        {
            await onceValid();
        }
        await app.RunAsync();
        return 0;
    }

    private static List<string> InvalidSettings(IServiceProvider services)
    {
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
            return [];
        }
        catch (OptionsValidationException e)
        {
            return [.. e.Failures];
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is OptionsValidationException))
        {
            return [.. e.InnerExceptions.Cast<OptionsValidationException>().SelectMany(inner => inner.Failures)];
        }
    }
}
