using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tests.Occupations;
using CareerNavigator.Web.Applications;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Versions;
using CareerNavigator.Web.Products.Versions.Designs;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Applications.Sending;

/// <summary>
/// One user's applications, versions and designs services over any provider's contexts (PostgreSQL or the embedded
/// SQLite), with versions stored as plain rows: what is frozen depends on which rows are active, not on their content.
/// </summary>
public sealed class SentVersionsUser(IDbContextFactory<CareerNavigatorDbContext> contexts, int userId)
{
    public const string Company = "Northwind";
    public const string Role = "Data Analyst";

    public int Id => userId;

    public ApplicationService Applications => new(contexts, TestCurrentUser.For(userId), TestCurrentUser.Authorization, TimeProvider.System);

    public ProductVersionService Versions =>
        new(contexts, TestCurrentUser.For(userId), new ProductContentRules(), new ProductVersionWriter(contexts),
            new OccupationServicesFor(contexts).InputLoader, TimeProvider.System);

    public VersionDesignService Designs => new(contexts, TestCurrentUser.For(userId), TimeProvider.System);

    public static async Task<SentVersionsUser> CreateAsync(IDbContextFactory<CareerNavigatorDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return new SentVersionsUser(contexts, (await TestUsers.AddAsync(db)).Id);
    }

    public Task<JobApplication> SaveApplicationAsync(ApplicationStatus status = ApplicationStatus.Saved, string company = Company) =>
        Applications.CreateAsync(new ApplicationForm { Company = company, Role = Role }, status);

    /// <summary>Stores version <paramref name="version"/> of the user's CV, or of an application's letter when one is named.</summary>
    public async Task<GeneratedProduct> AddVersionAsync(int version, bool active, int? letterFor = null)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var row = new GeneratedProduct
        {
            UserId = userId, ProductType = letterFor is null ? ProductType.Cv : ProductType.CoverLetter, JobApplicationId = letterFor,
            Content = "{}", Version = version, IsActive = active, GeneratedAt = DateTime.UtcNow, ModelUsed = "built-in",
        };
        db.GeneratedProducts.Add(row);
        await db.SaveChangesAsync();
        return row;
    }

    /// <summary>The ids of the versions frozen into the application, read straight from the table.</summary>
    public async Task<List<int>> FrozenAsync(int applicationId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.SentVersions.IgnoreQueryFilters().Where(s => s.JobApplicationId == applicationId)
            .OrderBy(s => s.GeneratedProductId).Select(s => s.GeneratedProductId).ToListAsync();
    }

    public async Task<bool> ExistsAsync(int versionId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.GeneratedProducts.AnyAsync(g => g.Id == versionId);
    }
}
