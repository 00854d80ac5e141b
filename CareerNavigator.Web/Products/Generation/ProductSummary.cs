using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Products.Generation;

/// <summary>One product type's state for the signed-in user: its active version (if any) and how many versions exist.</summary>
public sealed record ProductSummary(ProductType Type, int? ActiveVersion, DateTime? ActiveGeneratedAt, int VersionCount);
