using CareerNavigator.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Products.Generation.Jobs;

/// <summary>
/// A running job's progress, saved to its row for the page to follow wherever the job runs: the newest note and
/// streamed text are written at most every <see cref="SaveGap"/> (a model reports every token), and at least every
/// <see cref="CheckEvery"/> the row's Cancel flag is read; when set, the run's token is cancelled.
/// </summary>
public sealed class GenerationJobProgress(
    IDbContextFactory<CareerNavigatorDbContext> contexts, GenerationJobSignals signals, Guid jobId, TimeProvider clock, CancellationTokenSource run,
    ILogger logger)
    : IProgress<GenerationProgress>, IAsyncDisposable
{
    public static readonly TimeSpan SaveGap = TimeSpan.FromMilliseconds(100);
    public static readonly TimeSpan CheckEvery = TimeSpan.FromMilliseconds(500);

    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _changed = new(0, 1);
    private readonly CancellationTokenSource _stop = new();
    private GenerationProgress? _latest;
    private bool _dirty;
    private Task? _pump;

    /// <summary>Whether the row asked this run to stop (Cancel, on any instance).</summary>
    public bool CancelRequested { get; private set; }

    public void Start() => _pump = Task.Run(PumpAsync);

    public void Report(GenerationProgress value)
    {
        lock (_lock)
        {
            _latest = value;
            _dirty = true;
        }
        try
        {
            _changed.Release();
        }
        catch (SemaphoreFullException)
        {
            // A save is already due.
        }
    }

    private async Task PumpAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                await _changed.WaitAsync(CheckEvery, _stop.Token);
                await SaveAsync(_stop.Token);
                await Task.Delay(SaveGap, clock, _stop.Token);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        GenerationProgress? latest;
        lock (_lock)
        {
            latest = _dirty ? _latest : null;
            _dirty = false;
        }
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (latest is not null
                && await GenerationJobRows.SaveProgressAsync(db, jobId, latest.Message, latest.PartialText, clock.GetUtcNow().UtcDateTime, cancellationToken) == 1)
            {
                await signals.RaiseAsync(db, jobId);
            }
            if (await GenerationJobRows.IsCancelRequestedAsync(db, jobId, cancellationToken))
            {
                CancelRequested = true;
                await run.CancelAsync();
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The page misses a note; the run goes on, and the next save tries again.
            logger.LogWarning(ex, "Could not save the progress of generation job {JobId}", jobId);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_pump is not null)
        {
            await _pump;
        }
        _stop.Dispose();
        _changed.Dispose();
    }
}
