using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Products.Sources;

/// <summary>
/// What the source check makes of a user's edit. A fact the edit keeps from its base while it was unresolved there stays
/// unresolved (editing around a claim does not resolve it); a fact the base already stated stays as it was; a fact that
/// is new in the edit was typed by the user, and is theirs.
/// </summary>
public sealed record EditedClaims(IReadOnlyList<FoundClaim> Unresolved, IReadOnlyList<FoundClaim> Typed)
{
    public static EditedClaims Of(object edited, object? original, IEnumerable<VersionClaim> originalUnresolved, SourceEvidence evidence)
    {
        var unsupported = SourceCheck.Unsupported(edited, evidence);
        var stillOpen = originalUnresolved.Select(c => new FoundClaim(c.Kind, c.Text, c.Sentence, c.Place).Key).ToHashSet();
        var stated = original is null
            ? []
            : SourceCheck.Facts(original).Concat(SourceCheck.Unsupported(original, evidence)).Select(c => c.Key).ToHashSet();
        return new EditedClaims(
            [.. unsupported.Where(c => stillOpen.Contains(c.Key))],
            [.. unsupported.Where(c => !stillOpen.Contains(c.Key) && !stated.Contains(c.Key))]);
    }
}
