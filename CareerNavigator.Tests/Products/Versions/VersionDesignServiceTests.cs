using System.Text.Json.Nodes;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Products.Versions;
using CareerNavigator.Web.Products.Versions.Designs;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Products.Versions;

/// <summary>A version's design over the real PostgreSQL: chosen per version, never a new version, the owner's only.</summary>
public sealed class VersionDesignServiceTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private VersionDesignService DesignsOf(int userId) => new(new TestContextFactory(database), TestCurrentUser.For(userId), TimeProvider.System);

    [Fact]
    public async Task Choosing_a_design_stores_no_new_version_and_leaves_the_content_as_it_is()
    {
        var user = await VersionsFor.PersonaAsync(database);
        var versions = await VersionsFor.GenerateAsync(database, user.Id, ProductType.Cv, 2);
        var designs = DesignsOf(user.Id);

        await designs.SetAsync(versions[0].Id, DocumentDesign.Modern);
        await designs.SetAsync(versions[0].Id, DocumentDesign.Compact);

        await using var db = database.CreateContext();
        var rows = await db.GeneratedProducts.Where(g => g.UserId == user.Id).OrderBy(g => g.Version).ToListAsync();
        Assert.Equal([1, 2], rows.Select(r => r.Version));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(versions[0].Content), JsonNode.Parse(rows[0].Content)));
        Assert.Equal(DocumentDesign.Compact, await designs.GetAsync(versions[0].Id));
        Assert.Equal(DocumentDesign.Classic, await designs.GetAsync(versions[1].Id));
        var list = await VersionsFor.User(database, user.Id).ListAsync(ProductType.Cv);
        Assert.Equal([DocumentDesign.Classic, DocumentDesign.Compact], list.Select(v => v.Design));
    }

    [Fact]
    public async Task A_new_version_keeps_the_design_of_the_active_one()
    {
        var user = await VersionsFor.PersonaAsync(database);
        var first = (await VersionsFor.GenerateAsync(database, user.Id, ProductType.Cv, 1))[0];
        await DesignsOf(user.Id).SetAsync(first.Id, DocumentDesign.Modern);

        var second = (await VersionsFor.GenerateAsync(database, user.Id, ProductType.Cv, 1))[0];

        Assert.Equal(2, second.Version);
        Assert.Equal(DocumentDesign.Modern, await DesignsOf(user.Id).GetAsync(second.Id));
    }

    [Fact]
    public async Task Another_users_version_is_not_found_and_keeps_its_design()
    {
        var owner = await VersionsFor.PersonaAsync(database);
        var version = (await VersionsFor.GenerateAsync(database, owner.Id, ProductType.Cv, 1))[0];
        var intruder = await VersionsFor.PersonaAsync(database, 1);

        var refused = await Assert.ThrowsAsync<VersionNotFoundException>(() => DesignsOf(intruder.Id).SetAsync(version.Id, DocumentDesign.Compact));
        await Assert.ThrowsAsync<VersionNotFoundException>(() => DesignsOf(intruder.Id).GetAsync(version.Id));

        Assert.Equal(ProductVersionService.NotFoundMessage, refused.Message);
        Assert.Equal(DocumentDesign.Classic, await DesignsOf(owner.Id).GetAsync(version.Id));
    }

    [Fact]
    public async Task A_document_with_one_look_refuses_a_design_with_a_message()
    {
        var user = await VersionsFor.PersonaAsync(database, 1);
        var plan = (await VersionsFor.GenerateAsync(database, user.Id, ProductType.CareerPlan1Y, 1))[0];

        var refused = await Assert.ThrowsAsync<VersionRefusedException>(() => DesignsOf(user.Id).SetAsync(plan.Id, DocumentDesign.Modern));

        Assert.Contains("one design only", refused.Message);
        await using var db = database.CreateContext();
        Assert.False(await db.ProductVersionDesigns.AnyAsync(d => d.GeneratedProductId == plan.Id));
    }

    [Fact]
    public async Task Two_tabs_choosing_at_once_leave_one_design_row()
    {
        var user = await VersionsFor.PersonaAsync(database);
        var version = (await VersionsFor.GenerateAsync(database, user.Id, ProductType.Cv, 1))[0];

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            DesignsOf(user.Id).SetAsync(version.Id, i % 2 == 0 ? DocumentDesign.Modern : DocumentDesign.Compact))));

        await using var db = database.CreateContext();
        var row = await db.ProductVersionDesigns.SingleAsync(d => d.GeneratedProductId == version.Id);
        Assert.NotEqual(DocumentDesign.Classic, row.Design);
    }

    [Fact]
    public async Task Deleting_a_version_deletes_its_design()
    {
        var user = await VersionsFor.PersonaAsync(database);
        var versions = await VersionsFor.GenerateAsync(database, user.Id, ProductType.Cv, 2);
        await DesignsOf(user.Id).SetAsync(versions[1].Id, DocumentDesign.Compact);

        await VersionsFor.User(database, user.Id).DeleteAsync(versions[1].Id);

        await using var db = database.CreateContext();
        Assert.False(await db.ProductVersionDesigns.AnyAsync(d => d.GeneratedProductId == versions[1].Id));
    }
}
