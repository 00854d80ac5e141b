using Bunit;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Components.Pages.Occupations;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Occupations;

/// <summary>/occupations over the real ESCO sample: search as you type, the empty state, browsing by ISCO group.</summary>
public sealed class OccupationsPageTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>, IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    public Task InitializeAsync() => OccupationPageContext.SeedOnceAsync(database);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Typing_lists_the_matching_occupations_as_links_with_their_group()
    {
        await using var ctx = await ContextAsync();
        var nurse = await OccupationPageContext.IdOfAsync(database, EscoSample.GeneralNurse);
        var page = ctx.Render<OccupationsPage>();

        await Type(page, "nurse");

        var results = page.WaitForElement("[data-testid=occupation-results]", Patience);
        var link = Assert.Single(results.QuerySelectorAll("a"), a => a.TextContent == "nurse responsible for general care");
        Assert.Equal($"occupations/{nurse}", link.GetAttribute("href"));
        Assert.Contains("Nursing professionals", link.ParentElement!.TextContent);
        Assert.Empty(page.FindAll("[data-testid=isco-browser]"));
    }

    [Fact]
    public async Task Text_that_matches_nothing_says_so_and_a_blank_search_shows_the_groups_again()
    {
        await using var ctx = await ContextAsync();
        var page = ctx.Render<OccupationsPage>();

        await Type(page, "qqxxzz");

        page.WaitForAssertion(() => Assert.Contains("No occupation matches “qqxxzz”", page.Find("[data-testid=occupations-none]").TextContent), Patience);
        await Type(page, "");
        page.WaitForAssertion(() => Assert.Equal(10, page.FindAll("[data-testid=isco-groups] li").Count), Patience);
    }

    [Fact]
    public async Task A_unit_group_shows_its_path_from_the_major_group_and_its_occupations()
    {
        await using var ctx = await ContextAsync();
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("occupations?group=2221");

        var page = ctx.Render<OccupationsPage>();

        page.WaitForElement("[data-testid=group-occupations]", Patience);
        var path = page.Find("[data-testid=isco-path]").QuerySelectorAll("a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal(
            [("All groups", "occupations"), ("Professionals", "occupations?group=2"), ("Health professionals", "occupations?group=22"),
             ("Nursing and midwifery professionals", "occupations?group=222")],
            path);
        Assert.Contains("Nursing professionals", page.Find("[data-testid=group-title]").TextContent);
        Assert.Contains(page.FindAll("[data-testid=group-occupations] a"), a => a.TextContent == "nurse responsible for general care");
    }

    [Fact]
    public async Task A_broader_group_lists_its_narrower_groups_and_an_unknown_one_says_so()
    {
        await using var ctx = await ContextAsync();
        var navigation = ctx.Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("occupations?group=22");

        var page = ctx.Render<OccupationsPage>();

        page.WaitForAssertion(() => Assert.Contains(page.FindAll("[data-testid=isco-groups] a"),
            a => a.TextContent == "Nursing and midwifery professionals" && a.GetAttribute("href") == "occupations?group=222"), Patience);
        navigation.NavigateTo("occupations?group=99999");
        page.WaitForAssertion(() => Assert.Contains("There is no occupation group “99999”", page.Find("[data-testid=group-unknown]").TextContent), Patience);
    }

    private async Task<BunitContext> ContextAsync()
    {
        await using var db = database.CreateContext();
        return OccupationPageContext.Create(database, await TestUsers.AddAsync(db));
    }

    private static Task Type(IRenderedComponent<OccupationsPage> page, string text) =>
        page.InvokeAsync(() => page.Find("input[type=search]").Input(text));
}
