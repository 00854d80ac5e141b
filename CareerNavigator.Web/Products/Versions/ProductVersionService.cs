using System.Text.Json;
using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Database;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Sources;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products.Versions.Compare;
using CareerNavigator.Web.Products.Versions.Sent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CareerNavigator.Web.Products.Versions;

/// <summary>
/// The signed-in user's versions of one product: list, read, name, compare, activate, edit as a new version and
/// delete. Every method that takes an id works on the current user's rows only; another user's id is "not found".
/// User-fixable refusals are <see cref="VersionRefusedException"/>s whose message is for the user. A version sent with an
/// application (<see cref="VersionSending"/>) is kept exactly as sent: editing and deleting it are refused, while naming it
/// stays allowed, because a name is the user's own label in this list and was never part of the document sent.
/// </summary>
public sealed class ProductVersionService(
    IDbContextFactory<CareerNavigatorDbContext> contextFactory,
    ICurrentUser currentUser,
    IProductContentRules rules,
    ProductVersionWriter versionWriter,
    GenerationInputLoader inputLoader,
    TimeProvider timeProvider)
{
    public const string NotFoundMessage = "That version no longer exists. The list has been reloaded.";

    /// <summary>Each failed attempt means another activation committed meanwhile; a handful covers any real burst.</summary>
    private const int MaxActivationAttempts = 5;

    public async Task<IReadOnlyList<VersionListItem>> ListAsync(ProductType type, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await VersionQueries.ListAsync(db, userId, type, cancellationToken);
    }

    /// <summary>
    /// The versions of <paramref name="type"/> that belong to application <paramref name="applicationId"/>, newest first;
    /// empty when the application is not the user's (the caller checks the application itself).
    /// </summary>
    public async Task<IReadOnlyList<VersionListItem>> ListForApplicationAsync(ProductType type, int applicationId, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await VersionQueries.ListAsync(db, userId, type, cancellationToken, applicationId);
    }

    /// <summary>The version if it belongs to the signed-in user; null otherwise, whoever owns it.</summary>
    public async Task<GeneratedProduct?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await VersionQueries.OwnedAsync(db, userId, id, cancellationToken);
    }

    /// <summary>
    /// Makes <paramref name="id"/> the active version in one transaction, deactivating the previous one. With
    /// <paramref name="expectedActiveId"/> (the active version the page showed) the change is refused when another
    /// activation came first; the partial unique index refuses the loser of two simultaneous activations. Without
    /// an expectation (the REST API) the caller simply wants this version active, so the loser reads again and retries.
    /// </summary>
    public async Task<GeneratedProduct> ActivateAsync(int id, int? expectedActiveId, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryActivateAsync(db, strategy, userId, id, expectedActiveId, cancellationToken);
            }
            catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
            {
                if (expectedActiveId is not null || attempt == MaxActivationAttempts)
                {
                    throw ChangedMeanwhile();
                }
            }
        }
    }

    private static Task<GeneratedProduct> TryActivateAsync(CareerNavigatorDbContext db, IExecutionStrategy strategy,
        int userId, int id, int? expectedActiveId, CancellationToken cancellationToken) =>
        strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var target = await db.GeneratedProducts.SingleOrDefaultAsync(g => g.Id == id && g.UserId == userId, cancellationToken)
                         ?? throw new VersionNotFoundException();
            await SourceGate.EnsureResolvedAsync(db, id, "made active", cancellationToken);
            var currentActive = await VersionQueries.Line(db, userId, target.ProductType, target.JobApplicationId)
                .SingleOrDefaultAsync(g => g.IsActive, cancellationToken);
            if (currentActive?.Id == id)
            {
                return target;
            }
            if (expectedActiveId is not null && currentActive?.Id != expectedActiveId)
            {
                throw ChangedMeanwhile();
            }

            // Two statements in this order: the partial unique index allows no moment with two active rows.
            if (currentActive is not null)
            {
                currentActive.IsActive = false;
                await db.SaveChangesAsync(cancellationToken);
            }
            target.IsActive = true;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return target;
        });

    /// <summary>Gives the version a name, or removes it when <paramref name="name"/> is blank.</summary>
    public async Task<string?> RenameAsync(int id, string? name, CancellationToken cancellationToken = default)
    {
        var normalized = VersionNameRules.Normalize(name);
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await VersionQueries.OwnedAsync(db, userId, id, cancellationToken) is null)
        {
            throw new VersionNotFoundException();
        }

        var row = await db.ProductVersionNames.SingleOrDefaultAsync(n => n.GeneratedProductId == id, cancellationToken);
        if (normalized is null)
        {
            if (row is not null)
            {
                db.ProductVersionNames.Remove(row);
            }
        }
        else if (row is null)
        {
            db.ProductVersionNames.Add(new ProductVersionName { GeneratedProductId = id, Name = normalized });
        }
        else
        {
            row.Name = normalized;
        }
        await db.SaveChangesAsync(cancellationToken);
        return normalized;
    }

    /// <summary>
    /// Deletes a version that is neither active nor sent with an application (its name goes with it). Both conditions sit
    /// in the DELETE itself, so an activation or a freeze that lands meanwhile is never undone; a freeze that commits while
    /// the DELETE waits for it is refused by the database (the sent version's key is NO ACTION) and answered the same way.
    /// </summary>
    public async Task DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var deleted = 0;
        try
        {
            deleted = await db.GeneratedProducts
                .Where(g => g.Id == id && g.UserId == userId && !g.IsActive && !SentVersionQueries.SentIds(db).Contains(g.Id))
                .ExecuteDeleteAsync(cancellationToken);
        }
        catch (Exception ex) when (ForeignKeyViolation.Is(ex))
        {
        }
        if (deleted == 1)
        {
            return;
        }
        var version = await VersionQueries.OwnedAsync(db, userId, id, cancellationToken) ?? throw new VersionNotFoundException();
        if (await SentVersionQueries.FindAsync(db, id, cancellationToken) is { } sending)
        {
            throw new VersionRefusedException(sending.DeleteRefusal(version.ProductType, version.Version));
        }
        throw new VersionRefusedException("This is your active version, so it can't be deleted. Activate another version first.");
    }

    /// <summary>
    /// Saves edited content (the type's content record) as a new version after <paramref name="latestSeenVersion"/>, the
    /// newest version number the editor knew of; the edited version itself is untouched. When a newer version appeared
    /// meanwhile the edit is refused, so nothing is silently overwritten. A version sent with an application is not a base
    /// for edits: what was sent stays one document, and the user edits another version instead.
    /// </summary>
    public async Task<GeneratedProduct> SaveEditAsync(int baseId, int latestSeenVersion, object content, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        GeneratedProduct source;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            source = await VersionQueries.OwnedAsync(db, userId, baseId, cancellationToken)
                     ?? throw new VersionNotFoundException();
            if (await SentVersionQueries.FindAsync(db, baseId, cancellationToken) is { } sending)
            {
                throw new VersionRefusedException(sending.EditRefusal(source.ProductType, source.Version));
            }
        }
        var descriptor = ProductCatalog.Default.For(source.ProductType);
        if (descriptor.Editor is null)
        {
            throw new VersionRefusedException($"The {descriptor.Title} document can't be edited.");
        }

        var problems = rules.Validate(source.ProductType, content);
        if (problems.Count > 0)
        {
            throw new VersionRefusedException("The version was not saved: " + string.Join(" ", problems));
        }

        var claims = await EditedClaimsAsync(userId, source, content, cancellationToken);
        var version = new NewVersion(userId, source.ProductType, rules.Serialize(source.ProductType, content), UserEdits.ModelName,
            JsonSerializer.Serialize(new { edited_from = new { id = source.Id, version = source.Version } }),
            timeProvider.GetUtcNow().UtcDateTime, source.JobApplicationId) { Unsupported = claims.Unresolved };
        try
        {
            var saved = await versionWriter.AppendAfterAsync(version, latestSeenVersion, cancellationToken);
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            await VersionClaimService.RememberAsync(db, userId, claims.Typed.Select(c => (c.Kind, c.Text)), cancellationToken);
            return saved;
        }
        catch (NewerVersionExistsException ex)
        {
            throw StaleEdit(ex.Latest);
        }
    }

    /// <summary>The source check of an edit of <paramref name="source"/> (CVs and cover letters; nothing for other types).</summary>
    private async Task<EditedClaims> EditedClaimsAsync(int userId, GeneratedProduct source, object content, CancellationToken cancellationToken)
    {
        if (!SourceCheck.Applies(source.ProductType) || await inputLoader.LoadAsync(userId, cancellationToken) is not { } input)
        {
            return new EditedClaims([], []);
        }
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var open = await db.VersionClaims.AsNoTracking().Where(c => c.GeneratedProductId == source.Id && !c.Confirmed).ToListAsync(cancellationToken);
        object? original;
        try
        {
            original = ProductCatalog.Default.For(source.ProductType).Deserialize(source.Content);
        }
        catch (JsonException)
        {
            original = null;
        }
        return EditedClaims.Of(content, original, open, SourceEvidence.Of(input));
    }

    /// <summary>Two versions of the same product, field by field; null when either is not the user's.</summary>
    public async Task<VersionComparison?> CompareAsync(int olderId, int newerId, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var left = await VersionQueries.OwnedAsync(db, userId, olderId, cancellationToken);
        var right = await VersionQueries.OwnedAsync(db, userId, newerId, cancellationToken);
        if (left is null || right is null)
        {
            return null;
        }
        if (left.ProductType != right.ProductType)
        {
            throw new VersionRefusedException("Only versions of the same document can be compared.");
        }
        return new VersionComparison(left, right, ContentComparer.Compare(left.Content, right.Content));
    }

    private static VersionsChangedMeanwhileException ChangedMeanwhile() =>
        new("Your versions were changed meanwhile (in another tab or on another device); the list has been reloaded. Please check and try again.");

    private static VersionsChangedMeanwhileException StaleEdit(int latest) =>
        new($"Version {latest} was saved while you were editing, so your changes were not saved over it. " +
            "Your changes are still in the form: look at the newest version, then save again to keep yours as a new version.");
}
