namespace CareerNavigator.Web.Products.Generation.Jobs;

/// <summary>
/// The generation job a DI scope runs, if any (<see cref="GenerationJobRunner"/> sets it). Within it,
/// <see cref="ProductGenerationService"/> takes no allowance unit (the job took one when it was queued) and stores the
/// version together with the job's result (<see cref="GenerationJobRows.CompleteAsync"/>).
/// </summary>
public sealed class GenerationJobScope
{
    public Guid? JobId { get; private set; }

    public void Run(Guid jobId)
    {
        if (JobId is not null)
        {
            throw new InvalidOperationException("This scope already runs a generation job.");
        }
        JobId = jobId;
    }
}

/// <summary>The job was cancelled, or its result already stored by another run, while this run saved: nothing is stored.</summary>
public sealed class GenerationJobSupersededException(Guid jobId)
    : Exception($"Generation job {jobId} was cancelled or has already ended; its version was not stored.");
