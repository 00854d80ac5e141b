namespace CareerNavigator.Data.Entities;

/// <summary>
/// The name a user gives one version ("For Acme, March"). A side table rather than a column, so that the
/// seed's <c>generated_products</c> keeps its columns; deleting the version deletes its name.
/// </summary>
public class ProductVersionName : ITimestamped
{
    public const int MaxLength = 80;

    public int GeneratedProductId { get; set; }
    public GeneratedProduct? GeneratedProduct { get; set; }

    public required string Name { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
