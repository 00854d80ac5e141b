using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Versions.Sent;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Products.Versions.Designs;

/// <summary>
/// Chooses the design of one of the signed-in user's versions. The design is the version's own (its page, print,
/// PDF and DOCX follow it); choosing one stores no new version and leaves the content as it is. A version sent with an
/// application keeps the design it was sent in: choosing another is refused with a message.
/// </summary>
public sealed class VersionDesignService(
    IDbContextFactory<CareerNavigatorDbContext> contextFactory, ICurrentUser currentUser, TimeProvider timeProvider)
{
    public async Task<DocumentDesign> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        _ = await VersionQueries.OwnedAsync(db, userId, id, cancellationToken) ?? throw new VersionNotFoundException();
        return await VersionQueries.DesignAsync(db, id, cancellationToken);
    }

    /// <summary>
    /// Refused with a message when the version is not the user's, was sent with an application, or its type has no such
    /// design. The update names "not sent" in its own WHERE as well, so a design stored before the check is not changed
    /// after a freeze that committed in between.
    /// </summary>
    public async Task SetAsync(int id, DocumentDesign design, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var version = await VersionQueries.OwnedAsync(db, userId, id, cancellationToken)
                      ?? throw new VersionNotFoundException();
        var descriptor = ProductCatalog.Default.For(version.ProductType);
        if (!descriptor.Designs.Contains(design))
        {
            throw new VersionRefusedException(descriptor.Designs.Count == 0
                ? $"The {descriptor.Title} has one design only."
                : $"The {descriptor.Title} has no design called \"{design}\".");
        }
        if (await SentVersionQueries.FindAsync(db, id, cancellationToken) is { } sending)
        {
            throw new VersionRefusedException(sending.DesignRefusal(version.ProductType, version.Version));
        }

        if (await UpdateAsync(db, id, design, cancellationToken))
        {
            return;
        }
        try
        {
            db.ProductVersionDesigns.Add(new ProductVersionDesign { GeneratedProductId = id, Design = design });
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another tab stored a design for the version first: this choice, the later one, goes over it. When there is
            // no row to update, the insert failed for another reason (the version was deleted or sent meanwhile).
            if (!await UpdateAsync(db, id, design, cancellationToken))
            {
                throw await SentVersionQueries.FindAsync(db, id, cancellationToken) is { } sent
                    ? new VersionRefusedException(sent.DesignRefusal(version.ProductType, version.Version))
                    : new VersionNotFoundException();
            }
        }
    }

    private async Task<bool> UpdateAsync(CareerNavigatorDbContext db, int id, DocumentDesign design, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        return await db.ProductVersionDesigns.Where(d => d.GeneratedProductId == id && !SentVersionQueries.SentIds(db).Contains(d.GeneratedProductId))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Design, design).SetProperty(d => d.UpdatedAt, now), cancellationToken) == 1;
    }
}
