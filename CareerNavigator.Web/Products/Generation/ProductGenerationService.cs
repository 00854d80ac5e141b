using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Hosting;
using CareerNavigator.Web.Products.Generation.Jobs;
using CareerNavigator.Web.Products;
using CareerNavigator.Web.Products.Sources;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Versions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareerNavigator.Web.Products.Generation;

/// <summary>
/// Generates, validates and stores products for the signed-in user, and lists them with their active versions.
/// Every method works on the current user's rows only.
/// </summary>
public sealed class ProductGenerationService(
    IDbContextFactory<CareerNavigatorDbContext> contextFactory,
    ICurrentUser currentUser,
    GenerationInputLoader inputLoader,
    ProductVersionWriter versionWriter,
    IProductGenerator generator,
    IProductContentRules rules,
    ModelUsageMeter usageMeter,
    TimeProvider timeProvider,
    IOptions<GenerationOptions> options,
    ILogger<ProductGenerationService> logger,
    GenerationJobScope? jobScope = null)
{
    /// <summary>
    /// Generates a new version of <paramref name="type"/>. Throws <see cref="GenerationFailedException"/> (with a
    /// message for the user) when the content cannot be produced or is invalid, and
    /// <see cref="OperationCanceledException"/> when cancelled; in both cases nothing is stored. A model generation
    /// takes a unit of the user's daily limit (<see cref="ModelUsageMeter"/>) and gives it back unless a version is stored.
    /// </summary>
    public Task<GeneratedProduct> GenerateAsync(
        ProductType type, IProgress<GenerationProgress>? progress, CancellationToken cancellationToken)
    {
        var descriptor = ProductCatalog.Default.For(type);
        if (descriptor.Ownership != Ownership.StandsAlone)
        {
            // The API and the products list reach here with any label; a letter needs its application.
            throw new GenerationFailedException($"A {descriptor.Title.ToLowerInvariant()} belongs to a job application: write it from the application's page.");
        }
        return GenerateCoreAsync(descriptor, application: null, progress, cancellationToken);
    }

    /// <summary>
    /// Generates a new version of <paramref name="type"/> written for <paramref name="application"/>, otherwise as
    /// <see cref="GenerateAsync"/>. A product that belongs to an application (a cover letter) is stored with it, numbered
    /// and activated per application; a document of the user's own (a CV tailored to the advert) is stored among their
    /// versions, named after the application (<see cref="ApplicationBrief.VersionName"/>). The caller (the applications
    /// feature) has checked that the application is the signed-in user's and built the brief from it.
    /// </summary>
    public Task<GeneratedProduct> GenerateForApplicationAsync(
        ProductType type, ApplicationBrief application, IProgress<GenerationProgress>? progress, CancellationToken cancellationToken) =>
        GenerateCoreAsync(ProductCatalog.Default.For(type), application, progress, cancellationToken);

    private async Task<GeneratedProduct> GenerateCoreAsync(
        ProductTypeDescriptor descriptor, ApplicationBrief? application, IProgress<GenerationProgress>? progress, CancellationToken cancellationToken)
    {
        var type = descriptor.Type;
        var userId = await currentUser.GetIdAsync();
        var title = descriptor.Title;
        var input = await inputLoader.LoadAsync(userId, cancellationToken)
                    ?? throw new UnauthorizedAccessException("The signed-in account no longer exists.");
        input = input with { Application = application };
        if (descriptor.RequiresName && string.IsNullOrWhiteSpace(input.Profile.FullName))
        {
            // Checked before the model is asked (and a unit of the daily limit taken): a CV is never made with a guessed name.
            throw new GenerationFailedException($"Your {title} starts with your name, and your profile doesn't have one yet. Add your name, then generate again.");
        }
        // A job's unit was taken when it was queued; the job gives it back when it fails or is cancelled.
        var job = jobScope?.JobId;
        await using var usage = options.Value.Provider == GenerationProvider.BuiltIn || job is not null
            ? null
            : await usageMeter.TakeAsync(userId, cancellationToken);

        var generated = await RunGeneratorAsync(input, type, title, progress, cancellationToken);
        var result = generated with { Content = descriptor.WithProfileFacts(generated.Content, input) };

        var problems = rules.Validate(type, result.Content);
        if (problems.Count > 0)
        {
            logger.LogWarning("Generated {ProductType} for user {UserId} by {Model} was invalid: {Problems}",
                type, userId, result.ModelUsed, string.Join(" | ", problems));
            throw new GenerationFailedException($"The generated {title} could not be used: {string.Join(" ", problems)}");
        }

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new GenerationProgress("Saving the new version"));
        try
        {
            var version = new NewVersion(userId, type, rules.Serialize(type, result.Content), result.ModelUsed, result.PromptUsed,
                timeProvider.GetUtcNow().UtcDateTime,
                descriptor.Ownership == Ownership.BelongsToApplication ? application?.ApplicationId : null,
                descriptor.Ownership == Ownership.StandsAlone ? application?.VersionName : null)
            {
                Unsupported = SourceCheck.Applies(type) ? SourceCheck.Unsupported(result.Content, SourceEvidence.Of(input)) : [],
            };
            var stored = await versionWriter.AppendAsync(version, cancellationToken,
                job is { } jobId ? (db, row, ct) => GenerationJobRows.CompleteAsync(db, jobId, row.Id, timeProvider.GetUtcNow().UtcDateTime, ct) : null);
            usage?.Keep();
            return stored;
        }
        catch (DbUpdateException ex)
        {
            throw Apology(ex, type, userId, $"Sorry, your new {title} could not be saved. Please try again");
        }
    }

    /// <summary>Every product type with its active version and version count, in the order of <see cref="ProductType"/>.</summary>
    public async Task<IReadOnlyList<ProductSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await ProductSummaryQuery.ForUserAsync(db, userId, logger, cancellationToken);
    }

    public async Task<GeneratedProduct?> GetActiveAsync(ProductType type, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.GeneratedProducts.AsNoTracking()
            .SingleOrDefaultAsync(g => g.UserId == userId && g.ProductType == type && g.JobApplicationId == null && g.IsActive, cancellationToken);
    }

    private async Task<GenerationResult> RunGeneratorAsync(
        GenerationInput input, ProductType type, string title, IProgress<GenerationProgress>? progress, CancellationToken cancellationToken)
    {
        try
        {
            return await generator.GenerateAsync(input, type, progress, cancellationToken);
        }
        catch (Exception ex) when (ex is not GenerationFailedException && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            throw Apology(ex, type, input.UserId, $"Sorry, generating your {title} failed. Please try again");
        }
    }

    private GenerationFailedException Apology(Exception ex, ProductType type, int userId, string message)
    {
        var reference = logger.LogWithReference(ex, "Generation of {ProductType} for user {UserId}", type, userId);
        return new GenerationFailedException($"{message}; if it keeps failing, quote reference {reference}.", ex);
    }
}
