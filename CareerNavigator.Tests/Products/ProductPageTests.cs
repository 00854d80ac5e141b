using Bunit;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Products.Generation;
using CareerNavigator.Tests.Products.Generation.Llm;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Components.Pages.Products;
using CareerNavigator.Web.Products.Shared;
using CareerNavigator.Web.DemoData;
using CareerNavigator.Web.Products.Generation;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Products;

/// <summary>/products/{type} with the real generation service and PostgreSQL; the generator is a slow double where timing matters.</summary>
public sealed class ProductPageTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    /// <summary>Two shared cores: a page that reads PostgreSQL may take more than bunit's default second.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private async Task<User> PersonaAsync(int index = 0)
    {
        await using var db = database.CreateContext();
        return await PersonaRows.AddAsync(db, DemoPersonas.All[index]);
    }

    private async Task<List<GeneratedProduct>> StoredAsync(int userId)
    {
        await using var db = database.CreateContext();
        return await db.GeneratedProducts.AsNoTracking().Where(g => g.UserId == userId).OrderBy(g => g.Version).ToListAsync();
    }

    private static IRenderedComponent<ProductPage> Open(BunitContext ctx, string slug) =>
        ctx.Render<ProductPage>(p => p.Add(page => page.Slug, slug));

    /// <summary>Opens a product page without versions for a new persona user and starts a generation that waits for the test.</summary>
    private async Task<SlowRun> StartSlowGenerationAsync(string slug = "cv", GenerationProgress? progress = null)
    {
        var user = await PersonaAsync();
        var generator = new SlowGenerator(progress);
        var ctx = ProductTestContext.Create(database, generator, user);
        var page = Open(ctx, slug);
        page.WaitForElement("[data-testid=product-empty]", Patience);
        GenerateButton(page).Click();
        await generator.Started.Task.WaitAsync(Patience);
        return new SlowRun(ctx, page, generator, user);
    }

    private sealed record SlowRun(BunitContext Context, IRenderedComponent<ProductPage> Page, SlowGenerator Generator, User User) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Context.DisposeAsync();
    }

    private static AngleSharp.Dom.IElement GenerateButton(IRenderedComponent<ProductPage> page) => page.Find("[data-testid=generate]");

    [Fact]
    public async Task The_generate_button_is_disabled_while_generating_and_cancel_returns_to_idle_storing_nothing()
    {
        await using var run = await StartSlowGenerationAsync();
        var (page, generator, user) = (run.Page, run.Generator, run.User);
        page.WaitForAssertion(() => Assert.True(GenerateButton(page).HasAttribute("disabled")), Patience);
        Assert.Contains("Generating…", GenerateButton(page).TextContent);
        Assert.Equal("Writing slowly", page.Find("[data-testid=generation-status]").TextContent);
        GenerateButton(page).Click();
        Assert.Equal(1, generator.Calls);

        page.Find("[data-testid=cancel-generation]").Click();

        await generator.Cancelled.Task.WaitAsync(Patience);
        page.WaitForAssertion(() => Assert.False(GenerateButton(page).HasAttribute("disabled")), Patience);
        Assert.Empty(page.FindAll("[data-testid=cancel-generation]"));
        Assert.NotNull(page.Find("[data-testid=generation-cancelled]"));
        Assert.NotNull(page.Find("[data-testid=product-empty]"));
        Assert.Empty(await StoredAsync(user.Id));
    }

    [Fact]
    public async Task A_finished_generation_shows_the_new_active_version_with_its_model_and_date()
    {
        await using var run = await StartSlowGenerationAsync();
        var (page, generator, user) = (run.Page, run.Generator, run.User);
        generator.Release.SetResult();

        page.WaitForElement("[data-testid=cv-document]", Patience);
        Assert.Contains(DemoPersonas.All[0].Jobs()[0].CompanyName, page.Find("[data-testid=cv-document]").TextContent);
        var caption = page.Find("[data-testid=version-caption]").TextContent;
        Assert.Contains("Version 1 (active)", caption);
        Assert.Contains("built-in generator", caption);
        Assert.Contains("UTC", caption);
        // The button leaves its busy state in a render of its own, which may follow the document's.
        page.WaitForAssertion(() => Assert.Equal("Generate a new version", GenerateButton(page).TextContent.Trim()), Patience);
        Assert.Empty(page.FindAll("[data-testid=version-notice]"));
        Assert.Single(await StoredAsync(user.Id));
    }

    [Fact]
    public async Task A_new_version_is_shown_and_the_page_says_the_earlier_one_stays_active()
    {
        var user = await PersonaAsync(1);
        await using var ctx = ProductTestContext.Create(database, signedIn: user);
        await GenerationServiceFor.User(database, user.Id).GenerateAsync(ProductType.CareerPlan1Y, null, CancellationToken.None);
        var page = Open(ctx, "career_plan_1y");
        page.WaitForElement("[data-testid=plan-document]", Patience);
        Assert.Contains("Version 1 (active)", page.Find("[data-testid=version-caption]").TextContent);

        GenerateButton(page).Click();

        page.WaitForAssertion(() => Assert.Equal("Version 2 saved. Your active version is still 1.",
            page.Find("[data-testid=version-notice]").TextContent.Trim()), Patience);
        var caption = page.Find("[data-testid=version-caption]").TextContent;
        Assert.Contains("Version 2", caption);
        Assert.DoesNotContain("(active)", caption);
        Assert.Equal([true, false], (await StoredAsync(user.Id)).Select(v => v.IsActive));
    }

    [Fact]
    public async Task Streamed_text_appears_as_an_escaped_preview_while_the_model_writes()
    {
        await using var run = await StartSlowGenerationAsync(
            "linkedin_export", new GenerationProgress("The AI model is writing…", "{\"headline\": \"<script>alert(1)</script>"));
        var (page, generator) = (run.Page, run.Generator);

        page.WaitForAssertion(() => Assert.Contains("&lt;script&gt;", page.Find("[data-testid=generation-preview]").InnerHtml), Patience);
        Assert.Equal("The AI model is writing…", page.Find("[data-testid=generation-status]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=generation-preview] script"));
        page.Find("[data-testid=cancel-generation]").Click();
        await generator.Cancelled.Task.WaitAsync(Patience);
    }

    [Fact]
    public async Task A_generation_that_cannot_succeed_shows_its_message_and_stores_nothing()
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db, UserGroup.InexperiencedNoGoal);
        await using var ctx = ProductTestContext.Create(database, signedIn: user);
        var page = Open(ctx, "relocation_help");
        page.WaitForElement("[data-testid=product-empty]", Patience);

        GenerateButton(page).Click();

        page.WaitForAssertion(() => Assert.Contains("Relocation help needs at least one place you would like to work",
            page.Find("[data-testid=generation-error]").TextContent), Patience);
        Assert.False(GenerateButton(page).HasAttribute("disabled"));
        Assert.Empty(await StoredAsync(user.Id));
    }

    [Fact]
    public async Task A_broken_generator_shows_an_apology_with_a_reference_and_no_details()
    {
        var user = await PersonaAsync();
        var generator = new ThrowingGenerator(new InvalidOperationException("connection string Password=secret"));
        await using var ctx = ProductTestContext.Create(database, generator, user);
        var page = Open(ctx, "cv");
        page.WaitForElement("[data-testid=product-empty]", Patience);

        GenerateButton(page).Click();

        page.WaitForAssertion(() => Assert.Matches("quote reference [0-9a-f]{8}", page.Find("[data-testid=generation-error]").TextContent),
            Patience);
        Assert.DoesNotContain("secret", page.Markup);
        Assert.Empty(await StoredAsync(user.Id));
    }

    [Fact]
    public async Task An_unexpected_failure_outside_the_generator_is_logged_and_shown_as_an_apology_with_a_reference()
    {
        var logs = new CapturedLogs();
        var ghost = new User { Id = int.MaxValue, Email = "ghost@example.com" };
        await using var ctx = ProductTestContext.Create(database, signedIn: ghost, logs: logs);
        var panel = ctx.Render<GenerationPanel>(p => p.Add(c => c.Type, ProductType.Cv));

        panel.Find("[data-testid=generate]").Click();

        panel.WaitForAssertion(() => Assert.Matches(
            "^Sorry, something went wrong while generating your CV. Please try again; if it keeps happening, quote reference [0-9a-f]{8}.$",
            panel.Find("[data-testid=generation-error]").TextContent), Patience);
        var reference = panel.Find("[data-testid=generation-error]").TextContent.TrimEnd('.')[^8..];
        Assert.Contains(logs.Lines, line => line.StartsWith("Error") && line.Contains(reference) && line.Contains(nameof(UnauthorizedAccessException)));
        Assert.DoesNotContain("no longer exists", panel.Markup);
    }

    [Fact]
    public async Task Leaving_the_page_cancels_the_generation_and_stores_nothing()
    {
        await using var run = await StartSlowGenerationAsync();
        var (generator, user) = (run.Generator, run.User);

        await run.Context.DisposeComponentsAsync();

        await generator.Cancelled.Task.WaitAsync(Patience);
        await Task.Delay(200);
        Assert.Empty(await StoredAsync(user.Id));
    }

    [Fact]
    public async Task Another_users_document_never_shows()
    {
        var other = await PersonaAsync(2);
        await GenerationServiceFor.User(database, other.Id).GenerateAsync(ProductType.Cv, null, CancellationToken.None);
        await using var db = database.CreateContext();
        var me = await TestUsers.AddAsync(db);
        await using var ctx = ProductTestContext.Create(database, signedIn: me);

        var page = Open(ctx, "cv");

        page.WaitForElement("[data-testid=product-empty]", Patience);
        Assert.Empty(page.FindAll("[data-testid=cv-document]"));
        Assert.DoesNotContain(DemoPersonas.All[2].Jobs()[0].CompanyName, page.Markup);
    }

    [Fact]
    public async Task A_nearly_empty_profile_is_named_with_a_link_to_the_set_up_but_generating_stays_possible()
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db);
        await using var ctx = ProductTestContext.Create(database, signedIn: user);

        var page = Open(ctx, "career_plan_1y");

        var notice = page.WaitForElement("[data-testid=profile-nearly-empty]", Patience);
        Assert.Equal("onboarding", notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.False(GenerateButton(page).HasAttribute("disabled"));
    }

    [Theory]
    [InlineData("nonsense")]
    [InlineData("CV")]
    [InlineData("42")]
    public async Task An_unknown_type_is_not_found(string slug)
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db);
        await using var ctx = ProductTestContext.Create(database, signedIn: user);
        var notFound = false;
        ctx.Services.GetRequiredService<NavigationManager>().OnNotFound += (_, _) => notFound = true;

        var page = Open(ctx, slug);

        Assert.True(notFound);
        Assert.Empty(page.FindAll("[data-testid=generate]"));
    }
}
