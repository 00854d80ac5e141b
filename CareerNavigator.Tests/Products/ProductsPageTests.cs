using Bunit;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Products.Generation;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Components.Pages.Products;
using CareerNavigator.Web.DemoData;
using CareerNavigator.Web.Products;
using CareerNavigator.Web.Products.Types;

namespace CareerNavigator.Tests.Products;

/// <summary>/products: the nine documents with their state, in the order that helps the user's group most.</summary>
public sealed class ProductsPageTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private static string CardOf(ProductType type) => $"[data-testid=product-card-{type.Label()}]";

    private static IRenderedComponent<ProductsPage> Open(BunitContext ctx)
    {
        var page = ctx.Render<ProductsPage>();
        page.WaitForElement("[data-testid=product-grid]", Patience);
        return page;
    }

    [Theory]
    [MemberData(nameof(PersonaIndexes))]
    public async Task The_cards_come_in_the_order_of_the_users_group(int persona)
    {
        await using var db = database.CreateContext();
        var user = await PersonaRows.AddAsync(db, DemoPersonas.All[persona]);
        await using var ctx = ProductTestContext.Create(database, signedIn: user);

        var page = Open(ctx);

        var cards = page.FindAll("[data-testid^=product-card-]").Select(c => c.GetAttribute("data-testid")).ToList();
        Assert.Equal(ProductCatalog.Default.OrderedFor(DemoPersonas.All[persona].Group).Select(d => $"product-card-{d.Label}"), cards);
        Assert.Empty(page.FindAll("[data-testid=profile-nearly-empty]"));
    }

    public static TheoryData<int> PersonaIndexes => PersonaRows.Indexes();

    [Fact]
    public async Task Each_card_shows_none_yet_or_its_active_version_and_links_to_its_page()
    {
        await using var db = database.CreateContext();
        var user = await PersonaRows.AddAsync(db, DemoPersonas.All[0]);
        var service = GenerationServiceFor.User(database, user.Id, time: new FixedTime(new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.Zero)));
        await service.GenerateAsync(ProductType.Cv, null, CancellationToken.None);
        await service.GenerateAsync(ProductType.Cv, null, CancellationToken.None);
        await using var ctx = ProductTestContext.Create(database, signedIn: user);

        var page = Open(ctx);

        var cv = page.Find(CardOf(ProductType.Cv));
        Assert.Contains("Active version 1 · 12 Mar 2026", cv.QuerySelector("[data-testid=product-state]")!.TextContent);
        Assert.Contains("2 versions", cv.QuerySelector("[data-testid=product-state]")!.TextContent);
        Assert.Contains(cv.QuerySelectorAll("a"), a => a.GetAttribute("href") == "products/cv" && a.TextContent.Contains("Open"));
        var plan = page.Find(CardOf(ProductType.CareerPlan1Y));
        Assert.Contains("None yet", plan.QuerySelector("[data-testid=product-state]")!.TextContent);
        Assert.Contains(plan.QuerySelectorAll("a"), a => a.GetAttribute("href") == "products/career_plan_1y");
        Assert.NotNull(plan.QuerySelector("[data-testid=generate]"));
    }

    [Fact]
    public async Task A_card_shows_generating_while_its_document_is_made_and_its_version_afterwards()
    {
        await using var db = database.CreateContext();
        var user = await PersonaRows.AddAsync(db, DemoPersonas.All[1]);
        var generator = new SlowGenerator();
        await using var ctx = ProductTestContext.Create(database, generator, user);
        var page = Open(ctx);

        page.Find($"{CardOf(ProductType.SuggestedCourses)} [data-testid=generate]").Click();
        await generator.Started.Task.WaitAsync(Patience);

        page.WaitForAssertion(() => Assert.Contains("Generating…",
            page.Find($"{CardOf(ProductType.SuggestedCourses)} [data-testid=product-state]").TextContent), Patience);
        generator.Release.SetResult();
        page.WaitForAssertion(() => Assert.Contains("Active version 1",
            page.Find($"{CardOf(ProductType.SuggestedCourses)} [data-testid=product-state]").TextContent), Patience);
        Assert.Empty(page.FindAll($"{CardOf(ProductType.SuggestedCourses)} [data-testid=generate]"));
    }

    [Fact]
    public async Task A_nearly_empty_profile_is_named_with_a_link_to_the_set_up_and_every_card_can_still_generate()
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db);
        await using var ctx = ProductTestContext.Create(database, signedIn: user);

        var page = Open(ctx);

        var notice = page.Find("[data-testid=profile-nearly-empty]");
        Assert.Contains("0% complete", notice.TextContent);
        Assert.Equal("onboarding", notice.QuerySelector("a")!.GetAttribute("href"));
        var buttons = page.FindAll("[data-testid=generate]");
        Assert.Equal(9, buttons.Count);
        Assert.All(buttons, b => Assert.False(b.HasAttribute("disabled")));
    }

    [Fact]
    public async Task Another_users_documents_do_not_count()
    {
        await using var db = database.CreateContext();
        var other = await PersonaRows.AddAsync(db, DemoPersonas.All[2]);
        await GenerationServiceFor.User(database, other.Id).GenerateAsync(ProductType.Cv, null, CancellationToken.None);
        var me = await TestUsers.AddAsync(db);
        await using var ctx = ProductTestContext.Create(database, signedIn: me);

        var page = Open(ctx);

        Assert.All(page.FindAll("[data-testid=product-state]"), state => Assert.Contains("None yet", state.TextContent));
    }
}
