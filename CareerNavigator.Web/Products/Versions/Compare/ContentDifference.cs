using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Products.Versions.Compare;

public enum DifferenceKind
{
    Added,
    Removed,
    Changed,
    Moved,
}

/// <summary>
/// One difference between two versions, in the words of the document: section "Experience", item
/// "Engineer at Acme", field "Achievements", with the text before and after.
/// </summary>
public sealed record ContentDifference(string Section, string? Item, string? Field, DifferenceKind Kind, string? Before, string? After);

public sealed record VersionComparison(GeneratedProduct Older, GeneratedProduct Newer, IReadOnlyList<ContentDifference> Differences);
