namespace CareerNavigator.Data.Entities;

/// <summary>
/// The seed's <c>generated_products</c> row: one version of one product for one user. At most one
/// version per (user, type) is active; the database enforces it with a partial unique index.
/// </summary>
public class GeneratedProduct : ITimestamped
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public User? User { get; set; }

    public ProductType ProductType { get; set; }

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
