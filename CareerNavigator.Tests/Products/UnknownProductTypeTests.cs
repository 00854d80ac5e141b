using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Products.Generation.Llm;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Admin;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products.Versions;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Products;

/// <summary>
/// During a rolling deploy a newer instance may store a product type this build has no label for: pages and
/// services leave that row out and log it instead of failing.
/// </summary>
public sealed class UnknownProductTypeTests(MigratedDatabase postgres, SqliteTestDatabase sqlite)
    : IClassFixture<MigratedDatabase>, IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task A_PostgreSQL_enum_label_this_build_does_not_know_is_skipped_and_logged()
    {
        await using (var db = postgres.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TYPE product_type ADD VALUE IF NOT EXISTS 'future_type'");
        }
        await using var context = postgres.CreateContext();
        await AssertSkippedAsync(context);
    }

    [Fact]
    public async Task A_SQLite_label_this_build_does_not_know_is_skipped_and_logged()
    {
        await using var db = sqlite.CreateDbContext();
        await AssertSkippedAsync(db);
    }

    private static async Task AssertSkippedAsync(CareerNavigatorDbContext db)
    {
        var user = await TestUsers.AddAsync(db);
        var now = DateTime.UtcNow;
        db.GeneratedProducts.Add(new GeneratedProduct
        {
            UserId = user.Id, ProductType = CvDescriptor.Kind, Content = "{}", Version = 1, IsActive = true, GeneratedAt = now,
        });
        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlAsync($$"""
            INSERT INTO generated_products (user_id, product_type, content, version, is_active, generated_at, created_at, updated_at)
            VALUES ({{user.Id}}, 'future_type', '{}', 7, TRUE, {{now}}, {{now}}, {{now}})
            """);
        var futureId = await db.Database
            .SqlQuery<int>($"SELECT id AS \"Value\" FROM generated_products WHERE user_id = {user.Id} AND version = 7")
            .SingleAsync();
        db.ChangeTracker.Clear();
        var logs = new CapturedLogs();
        var logger = logs.CreateLogger("test");

        var summaries = await ProductSummaryQuery.ForUserAsync(db, user.Id, logger, CancellationToken.None);
        var record = await AdminUserRecordQuery.LoadAsync(db, user.Id, logger, CancellationToken.None);
        var owned = await VersionQueries.OwnedAsync(db, user.Id, futureId, CancellationToken.None);

        Assert.Equal(ProductCatalog.Default.All.Where(d => d.Ownership == Ownership.StandsAlone).Select(d => d.Type), summaries.Select(s => s.Type));
        Assert.Equal(1, summaries.Single(s => s.Type == CvDescriptor.Kind).VersionCount);
        Assert.Equal(CvDescriptor.Kind, Assert.Single(record!.Products).ProductType);
        Assert.Null(owned);
        Assert.Equal(2, logs.Lines.Count(line => line.Contains($"Skipped 1 product version(s) of user {user.Id}", StringComparison.Ordinal)));
    }
}
