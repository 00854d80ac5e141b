using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Versions.Sent;

namespace CareerNavigator.Web.Products.Versions;

/// <summary>One row of a product's history: enough to list, name and pick versions without loading their content.</summary>
public sealed record VersionListItem(
    int Id,
    ProductType Type,
    int Version,
    DateTime GeneratedAt,
    string? ModelUsed,
    bool IsActive,
    string? Name,
    DocumentDesign Design)
{
    public bool IsUserEdit => UserEdits.IsUserEdit(ModelUsed);

    /// <summary>The application this version was sent with, when it was: then it is kept exactly as sent (no edit, no delete).</summary>
    public VersionSending? Sent { get; init; }
}
