namespace CareerNavigator.Data.Entities;

/// <summary>
/// One piece of model work (a product generation, a CV tailored to an application, a cover letter) run as a job of the
/// job engine, so that it outlives the page and the instance that queued it. The page follows it through this row: the
/// runner saves its progress and streamed text here, whichever instance runs it. <see cref="Id"/> is the engine's job
/// name as well; the version a job stores is written in the same transaction that sets <see cref="GeneratedProductId"/>,
/// and only while it is still unset, so a rerun of the job can never store a second version.
/// </summary>
public class GenerationJob : ITimestamped
{
    public const int MaxMessageLength = 300;
    public const int MaxErrorLength = 1_000;

    public Guid Id { get; set; }
    public int UserId { get; set; }
    public User? User { get; set; }

    public ProductType ProductType { get; set; }

    /// <summary>The application a tailored CV or a cover letter is written for; null for the user's own documents.</summary>
    public int? JobApplicationId { get; set; }
    public JobApplication? JobApplication { get; set; }

    public GenerationJobStatus Status { get; set; }

    /// <summary>What the job is doing now ("Writing your CV"), for the page.</summary>
    public string? ProgressMessage { get; set; }

    /// <summary>The text the model has streamed so far; cleared when the job ends.</summary>
    public string? PartialText { get; set; }

    /// <summary>Why a failed job failed, in words for the user (with a reference id when it was not their doing).</summary>
    public string? ErrorMessage { get; set; }

    /// <summary>Set by Cancel on any instance; the runner checks it with every progress save and stops.</summary>
    public bool CancelRequested { get; set; }

    /// <summary>The UTC day whose model allowance unit the job took when it was queued; given back when it fails or is cancelled.</summary>
    public DateOnly? UsageDay { get; set; }

    /// <summary>How many times a runner started it: more than one when an instance stopped while running it.</summary>
    public int Attempts { get; set; }

    /// <summary>The version the job stored; unique, and set once.</summary>
    public int? GeneratedProductId { get; set; }

    public DateTime? StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }

    /// <summary>When the user saw how the job ended (on its page or in a notice); null while an ended job still has news for them.</summary>
    public DateTime? SeenAt { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
