using Bunit;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Products.Generation;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.DemoData;
using DashboardPage = CareerNavigator.Web.Components.Pages.Dashboard.Dashboard;

namespace CareerNavigator.Tests.Products;

public sealed class DashboardDocumentLinksTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task The_dashboard_links_each_document_to_its_page_in_the_groups_order_and_to_all_documents()
    {
        await using var db = database.CreateContext();
        var user = await PersonaRows.AddAsync(db, DemoPersonas.All[1]);
        var service = GenerationServiceFor.User(database, user.Id);
        await service.GenerateAsync(ProductType.Cv, null, CancellationToken.None);
        await service.GenerateAsync(ProductType.CareerPlan1Y, null, CancellationToken.None);
        await using var ctx = ProductTestContext.Create(database, signedIn: user);

        var page = ctx.Render<DashboardPage>();

        page.WaitForElement("[data-testid=all-documents]", TimeSpan.FromSeconds(15));
        var links = page.FindAll("a.dashboard-product-link").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["products/career_plan_1y", "products/cv"], links);
        Assert.Equal("products", page.Find("[data-testid=all-documents]").GetAttribute("href"));
    }

    [Fact]
    public async Task A_user_without_documents_is_still_pointed_to_all_documents()
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db);
        await using var ctx = ProductTestContext.Create(database, signedIn: user);

        var page = ctx.Render<DashboardPage>();

        page.WaitForElement("[data-testid=products-empty]", TimeSpan.FromSeconds(15));
        Assert.Equal("products", page.Find("[data-testid=all-documents]").GetAttribute("href"));
    }
}
