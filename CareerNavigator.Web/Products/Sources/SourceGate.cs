using CareerNavigator.Data;
using CareerNavigator.Web.Products.Versions;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Products.Sources;

/// <summary>
/// The one rule every way out of the app obeys (making a version active, the PDF, Word and JSON downloads, the API): a
/// version with unresolved claims goes nowhere until the user edits them away or confirms them.
/// </summary>
public static class SourceGate
{
    public static Task<int> UnresolvedCountAsync(CareerNavigatorDbContext db, int versionId, CancellationToken cancellationToken) =>
        db.VersionClaims.CountAsync(c => c.GeneratedProductId == versionId && !c.Confirmed, cancellationToken);

    /// <summary>Throws <see cref="UnresolvedClaimsException"/> when version <paramref name="versionId"/> has unresolved claims.</summary>
    public static async Task EnsureResolvedAsync(CareerNavigatorDbContext db, int versionId, string action, CancellationToken cancellationToken)
    {
        var unresolved = await UnresolvedCountAsync(db, versionId, cancellationToken);
        if (unresolved > 0)
        {
            throw new UnresolvedClaimsException(Message(unresolved, action));
        }
    }

    /// <summary>"Version 2 can't be downloaded yet: 3 facts in it …" — why, and what the user does about it.</summary>
    public static string Message(int unresolved, string action) =>
        $"This version can't be {action} yet: {(unresolved == 1 ? "1 fact in it is" : $"{unresolved} facts in it are")} not in your profile " +
        "or the advert. Confirm each one that is true, or edit the version to take it out.";
}

/// <summary>Refused because the version states facts the user has not yet confirmed or edited away.</summary>
public sealed class UnresolvedClaimsException(string message) : VersionRefusedException(message);
