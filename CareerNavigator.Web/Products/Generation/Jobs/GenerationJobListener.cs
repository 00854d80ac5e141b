using CareerNavigator.Data;
using CareerNavigator.Web.Database;
using Npgsql;

namespace CareerNavigator.Web.Products.Generation.Jobs;

/// <summary>
/// One dedicated PostgreSQL connection per instance that <c>LISTEN</c>s on <see cref="GenerationJobSignals.Channel"/> and
/// passes each notification to <see cref="GenerationJobSignals.Raise"/>, so a page follows a job that runs on another
/// instance as promptly as one that runs on its own. Reconnects after a lost connection; pages keep polling meanwhile.
/// Nothing to do on SQLite (one instance).
/// </summary>
public sealed class GenerationJobListener(DatabaseConnection connection, GenerationJobSignals signals, ILogger<GenerationJobListener> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (connection.Provider != DatabaseProvider.Postgres)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var listener = new NpgsqlConnection(connection.ConnectionString);
                await listener.OpenAsync(stoppingToken);
                listener.Notification += (_, e) =>
                {
                    if (Guid.TryParseExact(e.Payload, "N", out var jobId))
                    {
                        signals.Raise(jobId);
                    }
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {GenerationJobSignals.Channel}", listener))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                while (!stoppingToken.IsCancellationRequested)
                {
                    await listener.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Lost the generation jobs' notification connection; pages poll until it is back");
                await Task.Delay(RetryAfter, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
