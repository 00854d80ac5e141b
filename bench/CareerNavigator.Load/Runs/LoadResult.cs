namespace CareerNavigator.Load.Runs;

public sealed record LoadResult
{
    public required string Scenario { get; init; }
    public required int UsersRequested { get; init; }
    public required int SignedIn { get; init; }
    public required int CircuitsHeld { get; init; }
    public int? ServerCircuitsOpen { get; init; }
    public required double SignInSeconds { get; init; }
    public required Percentiles ConnectMilliseconds { get; init; }
    /// <summary>Time between the last ramp step and the hold, spent answering interactions left late by the ramp.</summary>
    public double CatchUpSeconds { get; init; }
    public required double HoldSeconds { get; init; }
    public required double IntervalSeconds { get; init; }
    public required int InteractionsStarted { get; init; }
    public required int InteractionsAnswered { get; init; }
    public required double InteractionsPerSecond { get; init; }
    public required Percentiles LatencyMilliseconds { get; init; }
    public required Dictionary<string, Percentiles> LatencyByInteraction { get; init; }
    public required Percentiles RampLatencyMilliseconds { get; init; }
    public required Dictionary<string, int> Errors { get; init; }
    public required List<string> ErrorSamples { get; init; }
    public required long RenderBatches { get; init; }
    public required double MeanBatchBytes { get; init; }
    public required List<MemoryPoint> Memory { get; init; }
    public double? HeapBytesPerCircuit { get; init; }
    public double? WorkingSetBytesPerCircuit { get; init; }
    public double? ServerCpuCores { get; init; }
    public required double ClientCpuCores { get; init; }
    /// <summary>
    /// Each core's busy share in the hold, whoever used it (the app's database shares its core), and the part the
    /// virtual machine's host took (steal); null off Linux.
    /// </summary>
    public CoreShare[]? CoresInHold { get; init; }
    /// <summary>The server's thread-pool threads at the end of the hold: more threads than cores means work waited on a block.</summary>
    public int? ServerPoolThreads { get; init; }
    /// <summary>The server's garbage collections during the hold (every one pauses it: what the latency tail is made of).</summary>
    public GcPauses? ServerGcInHold { get; init; }
    public required string Machine { get; init; }
    public required DateTime StartedAtUtc { get; init; }

    public int ErrorCount => Errors.Values.Sum();
}

public sealed record GcPauses(int Collections, double PausedSeconds, double HoldSeconds)
{
    public double PausedFraction => PausedSeconds / HoldSeconds;
    public double MeanPauseMilliseconds => Collections == 0 ? 0 : PausedSeconds * 1000 / Collections;
}

/// <summary>The server after a forced full GC with <paramref name="Circuits"/> open.</summary>
public sealed record MemoryPoint(int Circuits, long GcHeapBytes, long WorkingSetBytes);
