using Bunit;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tests.Products.Generation;
using CareerNavigator.Tests.Products.Versions;
using CareerNavigator.Web.Components.Pages.Products;
using CareerNavigator.Web.DemoData;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Products;

/// <summary>The design picker on /products/cv with the real services and PostgreSQL.</summary>
public sealed class DesignPickerTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Choosing_a_design_redraws_the_cv_in_it_and_stores_it_for_the_shown_version_only()
    {
        var user = await VersionsFor.PersonaAsync(database);
        var versions = await VersionsFor.GenerateAsync(database, user.Id, ProductType.Cv, 2);
        await using var ctx = ProductTestContext.Create(database, signedIn: user);
        var page = ctx.Render<ProductPage>(p => p.Add(x => x.Slug, "cv"));
        page.WaitForElement("[data-testid=design-picker]", Patience);

        Assert.Equal("classic", page.Find("[data-testid=cv-document]").GetAttribute("data-design"));
        Assert.True(page.Find("[data-testid=design-classic]").HasAttribute("checked"));
        Assert.Contains("Design of version 1", page.Find("[data-testid=design-picker] legend").TextContent);
        Assert.Empty(page.FindAll(".cv-side"));

        page.Find("[data-testid=design-modern]").Change("modern");

        page.WaitForAssertion(() => Assert.Equal("modern", page.Find("[data-testid=cv-document]").GetAttribute("data-design")), Patience);
        Assert.Equal(["Skills", "Languages"], page.FindAll(".cv-side .cv-section-title").Select(t => t.TextContent).Where(t => t is "Skills" or "Languages"));
        Assert.DoesNotContain(page.FindAll(".cv-main .cv-section-title"), t => t.TextContent is "Skills" or "Languages" or "Courses and certifications");
        Assert.True(page.Find("[data-testid=design-modern]").HasAttribute("checked"));
        await using var db = database.CreateContext();
        Assert.Equal(2, await db.GeneratedProducts.CountAsync(g => g.UserId == user.Id));
        var stored = await db.ProductVersionDesigns.Where(d => d.GeneratedProduct!.UserId == user.Id).ToListAsync();
        var row = Assert.Single(stored);
        Assert.Equal((versions[0].Id, DocumentDesign.Modern), (row.GeneratedProductId, row.Design));
    }

    [Fact]
    public async Task A_document_with_one_look_has_no_picker()
    {
        var user = await VersionsFor.PersonaAsync(database, 1);
        await VersionsFor.GenerateAsync(database, user.Id, ProductType.CareerPlan1Y, 1);
        await using var ctx = ProductTestContext.Create(database, signedIn: user);
        var page = ctx.Render<ProductPage>(p => p.Add(x => x.Slug, "career_plan_1y"));

        page.WaitForElement("[data-testid=version-caption]", Patience);
        Assert.Empty(page.FindAll("[data-testid=design-picker]"));
    }

    [Fact]
    public async Task A_version_deleted_in_another_tab_is_reported_and_nothing_is_stored()
    {
        var user = await VersionsFor.PersonaAsync(database);
        var versions = await VersionsFor.GenerateAsync(database, user.Id, ProductType.Cv, 2);
        await using var ctx = ProductTestContext.Create(database, signedIn: user);
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo($"products/cv?version={versions[1].Id}");
        var page = ctx.Render<ProductPage>(p => p.Add(x => x.Slug, "cv"));
        page.WaitForElement("[data-testid=design-picker]", Patience);
        Assert.Contains("Design of version 2", page.Find("[data-testid=design-picker] legend").TextContent);
        await VersionsFor.User(database, user.Id).DeleteAsync(versions[1].Id);

        page.Find("[data-testid=design-compact]").Change("compact");

        page.WaitForAssertion(() => Assert.Contains("no longer exists", page.Find("[data-testid=version-notice]").TextContent), Patience);
        await using var db = database.CreateContext();
        Assert.False(await db.ProductVersionDesigns.AnyAsync(d => d.GeneratedProduct!.UserId == user.Id));
    }
}
