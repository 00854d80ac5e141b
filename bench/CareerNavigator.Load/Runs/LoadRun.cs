using System.Collections.Concurrent;
using System.Diagnostics;
using CareerNavigator.Load.Circuits;
using CareerNavigator.Load.Scenarios;

namespace CareerNavigator.Load.Runs;

/// <summary>
/// Signs every user in (not measured), ramps circuits up in steps with a full-GC memory sample after each, holds
/// at full size with open-loop interactions, then closes every circuit through <c>/_blazor/disconnect</c>.
/// </summary>
public sealed class LoadRun(LoadOptions options, TextWriter log)
{
    private readonly IScenario _scenario = Scenario.Named(options.Scenario);
    private readonly ConcurrentDictionary<string, int> _errors = new();
    private readonly ConcurrentQueue<string> _errorSamples = new();
    private readonly LatencyRecorder _hold = new();
    private readonly LatencyRecorder _ramp = new();
    private readonly ConcurrentBag<double> _connect = [];
    private long _batches;
    private long _batchBytes;
    private int _started;
    private int _answered;
    private long _worstRecentLatencyTicks;
    private volatile bool _holding;
    private volatile bool _stopping;

    public async Task<LoadResult> RunAsync(CancellationToken cancellationToken)
    {
        var startedAt = DateTime.UtcNow;
        var users = Enumerable.Range(options.FirstUser, options.Users)
            .Select(n => new VirtualUser(n, VirtualUser.AccountEmail(_scenario.AccountKind, n), options.BaseUrl))
            .ToList();
        using var probe = new ServerProbe(options.BaseUrl);
        try
        {
            var signIn = Stopwatch.StartNew();
            var cache = new SignInCache(options.CookiesPath);
            var restored = users.Count(cache.TryRestore);
            await ForEachAsync(users.Where(u => !u.SignedIn), options.SignInConcurrency,
                u => Attempt("sign-in", () => u.SignInAsync(options.Password, cancellationToken)));
            signIn.Stop();
            await cache.SaveAsync(users);
            var signedIn = users.Where(u => u.SignedIn).ToList();
            await log.WriteLineAsync($"{_scenario.Name}: {signedIn.Count} of {users.Count} users signed in" +
                $"{(restored > 0 ? $" ({restored} with cookies from an earlier sign-in)" : "")} in {signIn.Elapsed.TotalSeconds:F0} s (not measured)");
            var steps = options.SignInOnly ? 0 : options.RampSteps;

            var memory = new List<MemoryPoint>();
            await SampleMemoryAsync(probe, memory, cancellationToken);
            var loops = new List<Task>();
            var connected = 0;
            for (var step = 1; step <= steps; step++)
            {
                var target = signedIn.Count * step / steps;
                var batch = signedIn.Skip(connected).Take(target - connected).ToList();
                connected = target;
                await ForEachAsync(batch, options.ConnectConcurrency, async u =>
                {
                    if (await Attempt("connect", async () => _connect.Add((await u.ConnectAsync(_scenario, options.InteractionTimeout, OnBatch, cancellationToken)).TotalMilliseconds))
                        && _scenario.Interacts)
                    {
                        lock (loops)
                        {
                            loops.Add(Task.Run(() => InteractLoopAsync(u, cancellationToken), cancellationToken));
                        }
                    }
                });
                await Task.Delay(options.StepSettle, cancellationToken);
                var point = await SampleMemoryAsync(probe, memory, cancellationToken);
                await log.WriteLineAsync($"  step {step}/{steps}: {Held(users)} circuits" +
                    (point is null ? "" : $", server {point.Circuits} open, GC heap {point.GcHeapBytes / 1048576.0:F0} MB, RSS {point.WorkingSetBytes / 1048576.0:F0} MB") +
                    $", errors {_errors.Values.Sum()}");
            }

            // Connecting is the heaviest work a circuit does, so a ramp leaves a queue of late interactions behind.
            // The hold measures the steady state: it starts once interactions are answered on time again (or the
            // catch-up limit passes, and the report says so).
            // Each user's interactions are answered in order, so the backlog is gone when even the latest of the last
            // few seconds' answers was on time; one quick answer alone says nothing about the users still queued.
            var catchUp = Stopwatch.StartNew();
            var behind = TimeSpan.MaxValue;
            while (_scenario.Interacts && catchUp.Elapsed < options.CatchUpLimit && behind > options.Interval)
            {
                Interlocked.Exchange(ref _worstRecentLatencyTicks, 0);
                await Task.Delay(options.Interval, cancellationToken);
                behind = TimeSpan.FromTicks(Interlocked.Read(ref _worstRecentLatencyTicks));
            }
            catchUp.Stop();
            if (_scenario.Interacts)
            {
                await log.WriteLineAsync(behind > options.Interval
                    ? $"  answers still up to {behind.TotalSeconds:F0} s late after {catchUp.Elapsed.TotalSeconds:F0} s of catching up: the hold measures an overloaded server"
                    : $"  caught up with the ramp's backlog in {catchUp.Elapsed.TotalSeconds:F0} s");
            }

            var serverBefore = options.MeasureServer ? await probe.SampleAsync(false, cancellationToken) : null;
            var clientBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var coresBefore = CoreUsage.Sample();
            var startedBefore = Volatile.Read(ref _started);
            var answeredBefore = Volatile.Read(ref _answered);
            var hold = Stopwatch.StartNew();
            _holding = true;
            await Task.Delay(options.SignInOnly ? TimeSpan.Zero : options.Hold, cancellationToken);
            _holding = false;
            hold.Stop();
            var holdSeconds = Math.Max(hold.Elapsed.TotalSeconds, 1e-3);
            var serverAfter = options.MeasureServer ? await probe.SampleAsync(false, cancellationToken) : null;
            var clientCpu = (Process.GetCurrentProcess().TotalProcessorTime - clientBefore).TotalSeconds / holdSeconds;
            var coresInHold = CoreUsage.Between(coresBefore, CoreUsage.Sample());

            _stopping = true;
            await Task.WhenAll(loops);
            var held = Held(users);
            var final = await SampleMemoryAsync(probe, memory, cancellationToken);
            await log.WriteLineAsync($"  held {held} circuits for {hold.Elapsed.TotalSeconds:F0} s; closing them");

            return new LoadResult
            {
                Scenario = _scenario.Name,
                UsersRequested = users.Count,
                SignedIn = signedIn.Count,
                CircuitsHeld = held,
                ServerCircuitsOpen = final?.Circuits,
                SignInSeconds = signIn.Elapsed.TotalSeconds,
                ConnectMilliseconds = Percentiles.Of(_connect),
                CatchUpSeconds = catchUp.Elapsed.TotalSeconds,
                HoldSeconds = hold.Elapsed.TotalSeconds,
                IntervalSeconds = options.Interval.TotalSeconds,
                InteractionsStarted = _started,
                InteractionsAnswered = _answered,
                InteractionsPerSecond = (_answered - answeredBefore) / holdSeconds,
                LatencyMilliseconds = _hold.Summary(),
                LatencyByInteraction = _hold.ByName(),
                RampLatencyMilliseconds = _ramp.Summary(),
                Errors = new Dictionary<string, int>(_errors),
                ErrorSamples = [.. _errorSamples.Take(10)],
                RenderBatches = _batches,
                MeanBatchBytes = _batches == 0 ? 0 : (double)_batchBytes / _batches,
                Memory = memory,
                HeapBytesPerCircuit = Slope(memory, p => p.GcHeapBytes),
                WorkingSetBytesPerCircuit = Slope(memory, p => p.WorkingSetBytes),
                ServerCpuCores = serverBefore is null || serverAfter is null ? null : (serverAfter.CpuSeconds - serverBefore.CpuSeconds) / holdSeconds,
                ClientCpuCores = clientCpu,
                CoresInHold = coresInHold,
                ServerPoolThreads = serverAfter?.PoolThreads,
                ServerGcInHold = serverBefore is null || serverAfter is null ? null : new GcPauses(
                    serverAfter.YoungCollections - serverBefore.YoungCollections, serverAfter.GcPauseSeconds - serverBefore.GcPauseSeconds, holdSeconds),
                Machine = $"{Environment.ProcessorCount} cores visible to the client, {Environment.OSVersion}, .NET {Environment.Version}",
                StartedAtUtc = startedAt,
            };
        }
        finally
        {
            await ForEachAsync(users, options.ConnectConcurrency, async u => await u.DisposeAsync());
        }
    }

    /// <summary>Open-loop: each user's interactions are due at random (exponential) intervals, and latency counts from when one was due, so a slow server cannot slow the arrivals down and hide its own delay.</summary>
    private async Task InteractLoopAsync(VirtualUser user, CancellationToken cancellationToken)
    {
        var random = new Random(user.Number);
        var due = Stopwatch.GetTimestamp() + Ticks(random.NextDouble() * options.Interval.TotalSeconds);
        while (!_stopping && !cancellationToken.IsCancellationRequested && user.Circuit!.Error is null)
        {
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }
            if (_stopping)
            {
                return;
            }
            var holding = _holding;
            Interlocked.Increment(ref _started);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.InteractionTimeout);
            string? name = null;
            var circuit = user.Circuit;
            if (await Attempt("interaction", async () => name = await _scenario.InteractAsync(circuit, user.Memory, timeout.Token),
                    () => $"user {user.Number} after {user.Memory.Interactions} interactions: {circuit.Query(_scenario.Describe)}"))
            {
                Interlocked.Increment(ref _answered);
                var latency = Stopwatch.GetElapsedTime(due);
                RecordWorst(latency);
                (holding ? _hold : _ramp).Record(name!, latency.TotalMilliseconds);
            }
            else
            {
                return;
            }
            user.Memory.Interactions++;
            due += Ticks(-Math.Log(1 - random.NextDouble()) * options.Interval.TotalSeconds);
        }
    }

    private async Task<bool> Attempt(string stage, Func<Task> action, Func<string>? context = null)
    {
        try
        {
            await action();
            return true;
        }
        catch (Exception ex) when (ex is HttpRequestException or SignInFailedException or CircuitFailedException or ExpectationFailedException
                                       or OperationCanceledException or TimeoutException or InvalidOperationException or IOException)
        {
            var kind = ex is OperationCanceledException or TimeoutException ? $"{stage} timeout" : stage;
            _errors.AddOrUpdate(kind, 1, (_, n) => n + 1);
            if (_errorSamples.Count < 50)
            {
                _errorSamples.Enqueue($"{kind}: {ex.GetType().Name}: {ex.Message}{(context is null ? "" : $" ({context()})")}");
            }
            return false;
        }
    }

    private void OnBatch(int bytes)
    {
        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _batchBytes, bytes);
    }

    private async Task<MemoryPoint?> SampleMemoryAsync(ServerProbe probe, List<MemoryPoint> memory, CancellationToken cancellationToken)
    {
        if (!options.MeasureServer || await probe.SampleAsync(true, cancellationToken) is not { } sample)
        {
            return null;
        }
        var point = new MemoryPoint(sample.CircuitsOpen, sample.GcHeapBytes, sample.WorkingSetBytes);
        memory.Add(point);
        return point;
    }

    private void RecordWorst(TimeSpan latency)
    {
        long seen;
        while (latency.Ticks > (seen = Interlocked.Read(ref _worstRecentLatencyTicks))
               && Interlocked.CompareExchange(ref _worstRecentLatencyTicks, latency.Ticks, seen) != seen)
        {
        }
    }

    private static int Held(List<VirtualUser> users) => users.Count(u => u.Circuit is { CircuitId: not null, Error: null });

    /// <summary>Least-squares slope of a server figure over open circuits: bytes per circuit.</summary>
    private static double? Slope(List<MemoryPoint> points, Func<MemoryPoint, long> value)
    {
        if (points.Select(p => p.Circuits).Distinct().Count() < 2)
        {
            return null;
        }
        var meanX = points.Average(p => (double)p.Circuits);
        var meanY = points.Average(p => (double)value(p));
        return points.Sum(p => (p.Circuits - meanX) * (value(p) - meanY)) / points.Sum(p => (p.Circuits - meanX) * (p.Circuits - meanX));
    }

    private static long Ticks(double seconds) => (long)(seconds * Stopwatch.Frequency);

    private static Task ForEachAsync<T>(IEnumerable<T> items, int concurrency, Func<T, Task> action) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, concurrency) }, async (item, _) => await action(item));
}
