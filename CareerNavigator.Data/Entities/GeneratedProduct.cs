namespace CareerNavigator.Data.Entities;

/// <summary>
/// The seed's <c>generated_products</c> row: one version of one product for one user. A product that belongs to a job
/// application (a cover letter) carries the application's id and is versioned per application; every other product has
/// none. At most one version per (user, type) without an application, and per (application, type) with one, is active;
/// the database enforces both with partial unique indexes.
/// </summary>
public class GeneratedProduct : ITimestamped
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public User? User { get; set; }

    public ProductType ProductType { get; set; }

    /// <summary>The application the version belongs to (a cover letter); null for the user's own documents.</summary>
    public int? JobApplicationId { get; set; }
    public JobApplication? JobApplication { get; set; }

    /// <summary>The product's content as JSON text (jsonb in PostgreSQL).</summary>
    public required string Content { get; set; }

    public int Version { get; set; }
    public bool IsActive { get; set; }
    public DateTime GeneratedAt { get; set; }
    public string? ModelUsed { get; set; }
    public string? PromptUsed { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
