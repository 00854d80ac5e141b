using System.Diagnostics;
using Npgsql;

namespace CareerNavigator.Tools.Seeding;

internal enum SeedStepKind
{
    Copy,
    Index,
    ForeignKey,
    Analyze,
}

/// <summary>One piece of the bulk load: a table's COPY, one of its index builds, one of its foreign keys, its ANALYZE.</summary>
internal sealed record SeedStep(string Table, SeedStepKind Kind, string Description, Func<NpgsqlConnection, Task<long>> Run)
{
    public static SeedStep Statement(string table, SeedStepKind kind, string sql) =>
        new(table, kind, sql, async connection =>
        {
            await UserSeeder.ExecuteAsync(connection, sql);
            return 0;
        });
}

/// <summary>
/// Runs the load's steps on several connections, each taking the first step whose prerequisites are done, so every
/// backend stays busy: a table's indexes are built as soon as its COPY ends (while the other connection still
/// copies), instead of every index waiting for the last COPY. The prerequisites follow PostgreSQL's locks, so no
/// step ever waits on the other connection: an index needs its table copied; a foreign key needs both tables copied
/// and indexed (adding it locks both against index builds), and only one is added at a time (each locks users);
/// ANALYZE comes last on each table, and on users after every foreign key.
/// </summary>
internal sealed class SeedSchedule(IReadOnlyList<SeedStep> steps)
{
    private readonly HashSet<SeedStep> _done = [];
    private readonly HashSet<SeedStep> _running = [];
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _changed = new(0);
    private bool _failed;

    /// <summary>Each finished step and its time, in the order they finished.</summary>
    public List<(SeedStep Step, TimeSpan Time)> Finished { get; } = [];

    public async Task<IReadOnlyDictionary<SeedStepKind, (long Rows, TimeSpan Time)>> RunAsync(IReadOnlyList<NpgsqlConnection> connections)
    {
        var totals = new Dictionary<SeedStepKind, (long Rows, TimeSpan Time)>();
        async Task Work(NpgsqlConnection connection)
        {
            while (await NextAsync() is { } step)
            {
                var clock = Stopwatch.StartNew();
                try
                {
                    var rows = await step.Run(connection);
                    lock (_gate)
                    {
                        var (sum, time) = totals.GetValueOrDefault(step.Kind);
                        totals[step.Kind] = (sum + rows, time + clock.Elapsed);
                        Finished.Add((step, clock.Elapsed));
                    }
                }
                catch
                {
                    // The other connections stop taking steps; the caller sees this exception.
                    lock (_gate)
                    {
                        _failed = true;
                    }
                    throw;
                }
                finally
                {
                    lock (_gate)
                    {
                        _running.Remove(step);
                        _done.Add(step);
                    }
                    _changed.Release(connections.Count);
                }
            }
        }

        await Task.WhenAll(connections.Select(c => Task.Run(() => Work(c))));
        return totals;
    }

    /// <summary>The first step (in list order) that is ready; waits while steps remain but none is ready; null when all are taken.</summary>
    private async Task<SeedStep?> NextAsync()
    {
        while (true)
        {
            lock (_gate)
            {
                if (_failed)
                {
                    return null;
                }
                var waiting = steps.Where(s => !_done.Contains(s) && !_running.Contains(s)).ToList();
                if (waiting.Count == 0)
                {
                    return null;
                }
                if (waiting.FirstOrDefault(IsReady) is { } ready)
                {
                    _running.Add(ready);
                    return ready;
                }
            }
            await _changed.WaitAsync();
        }
    }

    private bool IsReady(SeedStep step)
    {
        bool Finished(Func<SeedStep, bool> which) => steps.Where(which).All(_done.Contains);
        return step.Kind switch
        {
            SeedStepKind.Copy => true,
            SeedStepKind.Index => Finished(s => s.Table == step.Table && s.Kind == SeedStepKind.Copy),
            // Adding a foreign key locks users in a mode that conflicts with itself: one at a time.
            SeedStepKind.ForeignKey => Finished(s => (s.Table == step.Table || s.Table == "users") && s.Kind is SeedStepKind.Copy or SeedStepKind.Index)
                && !_running.Any(s => s.Kind == SeedStepKind.ForeignKey),
            SeedStepKind.Analyze => Finished(s => s != step && (s.Table == step.Table || (step.Table == "users" && s.Kind == SeedStepKind.ForeignKey))),
            _ => false,
        };
    }
}
