namespace CareerNavigator.Data.Entities;

/// <summary>
/// The design a user chose for one version of a document. A side table rather than a column, so that the seed's
/// <c>generated_products</c> keeps its columns; no row means <see cref="DocumentDesign.Classic"/>. Choosing a design
/// changes this row only, never the version's content; deleting the version deletes its design.
/// </summary>
public class ProductVersionDesign : ITimestamped
{
    public int GeneratedProductId { get; set; }
    public GeneratedProduct? GeneratedProduct { get; set; }

    public DocumentDesign Design { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
