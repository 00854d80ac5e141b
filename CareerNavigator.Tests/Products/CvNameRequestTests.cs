using Bunit;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tests.Products.Generation;
using CareerNavigator.Web.Components.Pages.Products;
using CareerNavigator.Web.DemoData;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Products;

/// <summary>/products/cv for a profile without a name asks for the name before it offers to generate anything.</summary>
public sealed class CvNameRequestTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task The_cv_page_asks_for_the_name_and_generates_only_once_it_is_saved()
    {
        var user = await NamelessPersonaAsync();
        await using var ctx = ProductTestContext.Create(database, signedIn: user);
        var page = ctx.Render<ProductPage>(p => p.Add(x => x.Slug, "cv"));
        page.WaitForElement("[data-testid=name-request]", Patience);
        Assert.Empty(page.FindAll("[data-testid=generate]"));

        page.Find("[data-testid=name-request-save]").Click();
        page.WaitForAssertion(() => Assert.Contains("Enter your name", page.Find("[data-testid=name-request]").TextContent), Patience);
        Assert.Empty(page.FindAll("[data-testid=generate]"));

        page.Find("[data-testid=name-request] input").Change("Chinedu Okafor");
        page.Find("[data-testid=name-request-save]").Click();
        page.WaitForElement("[data-testid=generate]", Patience).Click();

        page.WaitForAssertion(() => Assert.Equal("Chinedu Okafor", page.Find("[data-testid=cv-name]").TextContent), Patience);
        Assert.Empty(page.FindAll("[data-testid=cv-no-name]"));
        await using var db = database.CreateContext();
        Assert.Equal("Chinedu Okafor", (await db.UserProfiles.SingleAsync(p => p.UserId == user.Id)).FullName);
    }

    [Fact]
    public async Task Pages_of_documents_without_a_name_offer_to_generate_at_once()
    {
        var user = await NamelessPersonaAsync();
        await using var ctx = ProductTestContext.Create(database, signedIn: user);

        var page = ctx.Render<ProductPage>(p => p.Add(x => x.Slug, "career_plan_1y"));

        page.WaitForElement("[data-testid=generate]", Patience);
        Assert.Empty(page.FindAll("[data-testid=name-request]"));
    }

    private async Task<User> NamelessPersonaAsync()
    {
        await using var db = database.CreateContext();
        var user = await PersonaRows.AddAsync(db, DemoPersonas.All.Single(p => p.DisplayName == "Chinedu Okafor"));
        await db.UserProfiles.Where(p => p.UserId == user.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.FullName, (string?)null));
        return user;
    }
}
