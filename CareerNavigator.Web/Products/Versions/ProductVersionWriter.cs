using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Database;
using CareerNavigator.Web.Products.Sources;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.Cv;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Products.Versions;

/// <summary>
/// A version about to be stored: its content already in its stored JSON form, for a product that belongs to an
/// application (a cover letter) the application's id, which the caller has checked is the user's, and the name it is
/// stored with, if any (a CV tailored to an application is named after it), and the facts the source check could not
/// trace (<see cref="Unsupported"/>), stored with it as claims to resolve.
/// </summary>
public sealed record NewVersion(
    int UserId, ProductType Type, string ContentJson, string ModelUsed, string PromptUsed, DateTime CreatedAtUtc,
    int? ApplicationId = null, string? Name = null)
{
    public IReadOnlyList<FoundClaim> Unsupported { get; init; } = [];
}

/// <summary>
/// Stores a version as the next number of its line — its (user, type), or for a product that belongs to an application
/// its (application, type) — for generations and for the user's own edits alike. The unique index on the line and
/// version settles a race: of two writers that read the same latest number exactly one is stored. The first version
/// becomes active (the partial unique index makes a second "first" lose too); later ones are stored inactive and keep
/// the active version's design. An application's first letter takes the design of the user's active CV. A version with
/// unresolved claims is never made active here: it waits until the user resolves them.
/// </summary>
public sealed class ProductVersionWriter(IDbContextFactory<CareerNavigatorDbContext> contextFactory)
{
    /// <summary>Each round of a race lets one writer through, so this bounds how many may race for one user and type.</summary>
    private const int MaxAttempts = 50;

    /// <summary>
    /// Appends after whatever is newest when it is stored; a writer that loses a race takes the next number.
    /// <paramref name="withinTransaction"/>, when given, runs after the row is saved and before the commit, on the same
    /// context: what it writes is stored with the version or, when it throws, neither is (a job's result, for one).
    /// </summary>
    public async Task<GeneratedProduct> AppendAsync(
        NewVersion version, CancellationToken cancellationToken,
        Func<CareerNavigatorDbContext, GeneratedProduct, CancellationToken, Task>? withinTransaction = null)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryAppendAsync(db, version, expectedLatest: null, cancellationToken, withinTransaction);
            }
            catch (DbUpdateException ex) when (UniqueViolation.Is(ex) && attempt < MaxAttempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>
    /// Appends right after <paramref name="latestSeen"/>, the newest number the writer knew of; throws
    /// <see cref="NewerVersionExistsException"/> when another version was stored meanwhile, so nothing is stored over it.
    /// </summary>
    public async Task<GeneratedProduct> AppendAfterAsync(NewVersion version, int latestSeen, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        try
        {
            return await TryAppendAsync(db, version, latestSeen, cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            throw new NewerVersionExistsException(latestSeen + 1);
        }
    }

    private static Task<GeneratedProduct> TryAppendAsync(
        CareerNavigatorDbContext db, NewVersion version, int? expectedLatest, CancellationToken cancellationToken,
        Func<CareerNavigatorDbContext, GeneratedProduct, CancellationToken, Task>? withinTransaction = null) =>
        // The provider retries transient failures, so a user transaction must run inside its execution strategy.
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            EnsureOwnership(version);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var versions = VersionQueries.Line(db, version.UserId, version.Type, version.ApplicationId);
            var latest = await versions.MaxAsync(g => (int?)g.Version, cancellationToken) ?? 0;
            if (expectedLatest is { } expected && latest != expected)
            {
                throw new NewerVersionExistsException(latest);
            }
            var hasActive = await versions.AnyAsync(g => g.IsActive, cancellationToken);
            var design = await InheritedDesignAsync(db, version, hasActive, cancellationToken);

            var row = new GeneratedProduct
            {
                UserId = version.UserId,
                ProductType = version.Type,
                JobApplicationId = version.ApplicationId,
                Content = version.ContentJson,
                Version = latest + 1,
                IsActive = !hasActive && version.Unsupported.Count == 0,
                GeneratedAt = version.CreatedAtUtc,
                ModelUsed = version.ModelUsed,
                PromptUsed = version.PromptUsed,
            };
            db.GeneratedProducts.Add(row);
            if (VersionNameRules.Normalize(version.Name) is { } name)
            {
                db.ProductVersionNames.Add(new ProductVersionName { GeneratedProduct = row, Name = name });
            }
            foreach (var claim in version.Unsupported)
            {
                db.VersionClaims.Add(new VersionClaim
                {
                    GeneratedProduct = row, Kind = claim.Kind, Text = claim.Text, Sentence = claim.Sentence, Place = claim.Place,
                });
            }
            if (design is { } chosen && chosen != DocumentDesign.Classic)
            {
                db.ProductVersionDesigns.Add(new ProductVersionDesign { GeneratedProduct = row, Design = chosen });
            }
            await db.SaveChangesAsync(cancellationToken);
            if (withinTransaction is not null)
            {
                await withinTransaction(db, row, cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            return row;
        });

    /// <summary>
    /// A new version keeps the design the user chose for the active one of its line (types with designs only); the first
    /// version of an application's document takes the design of the user's active CV, so the letter matches the CV sent with it.
    /// </summary>
    private static async Task<DocumentDesign?> InheritedDesignAsync(
        CareerNavigatorDbContext db, NewVersion version, bool hasActive, CancellationToken cancellationToken)
    {
        if (ProductCatalog.Default.For(version.Type).Designs.Count == 0)
        {
            return null;
        }
        (ProductType Type, int? ApplicationId) from;
        if (hasActive)
        {
            from = (version.Type, version.ApplicationId);
        }
        else if (version.ApplicationId is not null)
        {
            from = (CvDescriptor.Kind, null);
        }
        else
        {
            return null;
        }
        var (type, applicationId) = from;
        return await db.ProductVersionDesigns
            .Where(d => d.GeneratedProduct!.UserId == version.UserId && d.GeneratedProduct.ProductType == type
                        && d.GeneratedProduct.JobApplicationId == applicationId && d.GeneratedProduct.IsActive)
            .Select(d => (DocumentDesign?)d.Design)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>A product that belongs to an application is stored with one, and no other product is.</summary>
    private static void EnsureOwnership(NewVersion version)
    {
        var belongs = ProductCatalog.Default.For(version.Type).Ownership == Ownership.BelongsToApplication;
        if (belongs != version.ApplicationId is not null)
        {
            throw new ArgumentException(belongs
                ? $"A {version.Type.Label()} version belongs to an application; none was given."
                : $"A {version.Type.Label()} version belongs to no application.", nameof(version));
        }
    }
}

/// <summary>A version newer than the one the writer knew of was stored meanwhile.</summary>
public sealed class NewerVersionExistsException(int latest) : Exception($"Version {latest} already exists.")
{
    public int Latest { get; } = latest;
}
