using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Database;
using CareerNavigator.Web.Products.Versions;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Products.Sources;

/// <summary>
/// The signed-in user's unresolved claims: those of one version, and confirming one as true. Confirming makes the fact
/// the user's (<see cref="ConfirmedFact"/>), so the same fact is resolved in every version of theirs and traced in every
/// later one; a version whose last claim is resolved and whose line has no active version becomes active, as a version
/// without claims would have when it was stored. Another user's version or claim answers as missing.
/// </summary>
public sealed class VersionClaimService(
    IDbContextFactory<CareerNavigatorDbContext> contextFactory, ICurrentUser currentUser, ProductVersionService versions)
{
    /// <summary>The version's unresolved claims in document order; empty when there are none or the version is not the user's.</summary>
    public async Task<IReadOnlyList<VersionClaim>> UnresolvedAsync(int versionId, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.VersionClaims.AsNoTracking()
            .Where(c => c.GeneratedProductId == versionId && c.GeneratedProduct!.UserId == userId && !c.Confirmed)
            .OrderBy(c => c.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// How many unresolved claims the version has (0 when it is not the user's): what the downloads and the tailoring
    /// panel need, counted in the database rather than read.
    /// </summary>
    public async Task<int> UnresolvedCountAsync(int versionId, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.VersionClaims.CountAsync(
            c => c.GeneratedProductId == versionId && c.GeneratedProduct!.UserId == userId && !c.Confirmed, cancellationToken);
    }

    /// <summary>Confirms claim <paramref name="claimId"/> as true; returns the version it belongs to as it is now.</summary>
    public async Task<GeneratedProduct> ConfirmAsync(int claimId, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var claim = await db.VersionClaims.AsNoTracking().Include(c => c.GeneratedProduct)
                        .SingleOrDefaultAsync(c => c.Id == claimId && c.GeneratedProduct!.UserId == userId, cancellationToken)
                    ?? throw new VersionRefusedException("That fact is no longer there to confirm. The page has been reloaded.");
        var fact = ClaimText.Normalize(claim.Text);

        // Every unresolved claim of the user's that states the same fact is resolved with it, in one statement each way.
        var same = await db.VersionClaims
            .Where(c => c.GeneratedProduct!.UserId == userId && !c.Confirmed && c.Kind == claim.Kind)
            .Select(c => new { c.Id, c.Text })
            .ToListAsync(cancellationToken);
        var ids = same.Where(c => ClaimText.Normalize(c.Text) == fact).Select(c => c.Id).Append(claimId).ToList();
        await db.VersionClaims.Where(c => ids.Contains(c.Id)).ExecuteUpdateAsync(s => s.SetProperty(c => c.Confirmed, true), cancellationToken);
        await RememberAsync(db, userId, [(claim.Kind, claim.Text)], cancellationToken);

        var version = claim.GeneratedProduct!;
        if (await SourceGate.UnresolvedCountAsync(db, version.Id, cancellationToken) == 0
            && !await VersionQueries.Line(db, userId, version.ProductType, version.JobApplicationId).AnyAsync(g => g.IsActive, cancellationToken))
        {
            try
            {
                return await versions.ActivateAsync(version.Id, expectedActiveId: null, cancellationToken);
            }
            catch (VersionRefusedException)
            {
                // Another version became active meanwhile: this one stays as it is, resolved.
            }
        }
        return await VersionQueries.OwnedAsync(db, userId, version.Id, cancellationToken) ?? version;
    }

    /// <summary>
    /// Keeps <paramref name="facts"/> as the user's: typed into a version or confirmed. A fact already kept (by this or
    /// another tab) is left as it is.
    /// </summary>
    internal static async Task RememberAsync(
        CareerNavigatorDbContext db, int userId, IEnumerable<(ClaimKind Kind, string Text)> facts, CancellationToken cancellationToken)
    {
        foreach (var (kind, text) in facts.DistinctBy(f => (f.Kind, ClaimText.Normalize(f.Text))))
        {
            var normalized = ClaimText.Normalize(text);
            if (await db.ConfirmedFacts.AnyAsync(f => f.UserId == userId && f.Kind == kind && f.NormalizedText == normalized, cancellationToken))
            {
                continue;
            }
            db.ConfirmedFacts.Add(new ConfirmedFact { UserId = userId, Kind = kind, Text = text, NormalizedText = normalized });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
