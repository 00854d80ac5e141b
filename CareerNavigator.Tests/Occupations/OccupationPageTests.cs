using Bunit;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tests.Products.Generation;
using CareerNavigator.Web.Components.Pages.Occupations;
using CareerNavigator.Web.DemoData;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Occupations;

/// <summary>/occupations/{id} for a care assistant studying nursing, over the real ESCO sample: skills with evidence, answers, the goal.</summary>
public sealed class OccupationPageTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>, IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private int _nurseId;

    public async Task InitializeAsync()
    {
        await OccupationPageContext.SeedOnceAsync(database);
        _nurseId = await OccupationPageContext.IdOfAsync(database, EscoSample.GeneralNurse);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_page_shows_the_occupation_the_skills_shown_with_evidence_and_those_to_build_in_order()
    {
        var user = await AngelicaAsync();
        await using var ctx = OccupationPageContext.Create(database, user);

        var page = Open(ctx, _nurseId);

        Assert.Equal("Nurse responsible for general care", page.Find("h1").TextContent);
        Assert.Equal("occupations?group=2221", page.Find("[data-testid=isco-group] a").GetAttribute("href"));
        Assert.Contains("Nursing professionals", page.Find("[data-testid=isco-group]").TextContent);
        Assert.False(string.IsNullOrWhiteSpace(page.Find("[data-testid=description]").TextContent));
        Assert.Contains("Also called:", page.Find("[data-testid=also-called]").TextContent);

        var shown = page.FindAll("[data-testid=skill-shown]");
        Assert.NotEmpty(shown);
        Assert.All(shown, skill => Assert.NotNull(skill.QuerySelector("[data-testid=evidence]")));
        var evidence = page.FindAll("[data-testid=evidence]").Select(e => e.TextContent).ToList();
        Assert.Contains(evidence, line => line.StartsWith("Job 1 (") && line.Contains(" — “"));

        var missing = page.FindAll("[data-testid=skill-missing]");
        Assert.NotEmpty(missing);
        var essential = missing.Select(m => m.QuerySelector("[data-testid=essential]") is not null).ToList();
        Assert.Equal(essential.OrderByDescending(e => e), essential);
        Assert.Contains("essential skills first", page.Find("[data-testid=priority]").TextContent);
        Assert.Contains(page.FindAll("[data-testid=related] li"), li => li.TextContent.Contains("specialist nurse") && li.TextContent.Contains("essential skills"));
    }

    [Fact]
    public async Task Not_me_moves_a_shown_skill_to_the_skills_to_build_and_undo_brings_it_back()
    {
        var user = await AngelicaAsync();
        await using var ctx = OccupationPageContext.Create(database, user);
        var page = Open(ctx, _nurseId);
        var first = page.Find("[data-testid=skill-shown] .skill-label").TextContent;

        await page.InvokeAsync(() => page.Find("[data-testid=skill-shown] [data-testid=not-me]").Click());

        page.WaitForAssertion(() => Assert.DoesNotContain(page.FindAll("[data-testid=skill-shown] .skill-label"), l => l.TextContent == first), Patience);
        Assert.False(await DecisionAsync(user, first));
        if (page.FindAll("[data-testid=toggle-missing]").Count > 0)
        {
            await page.InvokeAsync(() => page.Find("[data-testid=toggle-missing]").Click());
        }
        AngleSharp.Dom.IElement Rejected() => page.FindAll("[data-testid=skill-missing]").Single(s => s.QuerySelector(".skill-label")!.TextContent == first);
        page.WaitForAssertion(() => Assert.Contains("You said this isn't you.", Rejected().TextContent), Patience);

        await page.InvokeAsync(() => Rejected().QuerySelector("[data-testid=undo]")!.Click());

        page.WaitForAssertion(() => Assert.Contains(page.FindAll("[data-testid=skill-shown] .skill-label"), l => l.TextContent == first), Patience);
        Assert.Null(await DecisionAsync(user, first));
    }

    [Fact]
    public async Task I_have_this_counts_a_skill_to_build_as_shown()
    {
        var user = await AngelicaAsync();
        await using var ctx = OccupationPageContext.Create(database, user);
        var page = Open(ctx, _nurseId);
        var first = page.Find("[data-testid=skill-missing] .skill-label").TextContent;

        await page.InvokeAsync(() => page.Find("[data-testid=skill-missing] [data-testid=i-have-this]").Click());

        page.WaitForAssertion(() =>
        {
            var confirmed = page.FindAll("[data-testid=skill-shown]").Single(s => s.QuerySelector(".skill-label")!.TextContent == first);
            Assert.Contains("You said you have this.", confirmed.TextContent);
            Assert.NotNull(confirmed.QuerySelector("[data-testid=undo]"));
        }, Patience);
        Assert.True(await DecisionAsync(user, first));
    }

    [Fact]
    public async Task Set_as_my_goal_makes_it_your_goal_and_clear_goal_removes_it()
    {
        var user = await AngelicaAsync();
        await using var ctx = OccupationPageContext.Create(database, user);
        var page = Open(ctx, _nurseId);

        await page.InvokeAsync(() => page.Find("[data-testid=set-goal]").Click());

        page.WaitForElement("[data-testid=your-goal]", Patience);
        Assert.Equal(_nurseId, await GoalAsync(user));

        await page.InvokeAsync(() => page.Find("[data-testid=clear-goal]").Click());

        page.WaitForElement("[data-testid=set-goal]", Patience);
        Assert.Null(await GoalAsync(user));
    }

    [Fact]
    public async Task Another_occupation_names_the_current_goal_that_setting_it_would_replace()
    {
        var user = await AngelicaAsync();
        await using (var db = database.CreateContext())
        {
            db.GoalOccupations.Add(new GoalOccupation { UserId = user.Id, OccupationId = _nurseId });
            await db.SaveChangesAsync();
        }
        await using var ctx = OccupationPageContext.Create(database, user);

        var page = Open(ctx, await OccupationPageContext.IdOfAsync(database, EscoSample.DataAnalyst));

        Assert.Contains("nurse responsible for general care", page.Find("[data-testid=other-goal]").TextContent);
        Assert.NotNull(page.Find("[data-testid=set-goal]"));
    }

    [Fact]
    public async Task An_unknown_id_is_not_found_and_an_obsolete_occupation_carries_a_notice()
    {
        var user = await AngelicaAsync();
        int obsolete;
        await using (var db = database.CreateContext())
        {
            var row = new EscoOccupation
            {
                Uri = $"http://data.europa.eu/esco/occupation/test-{Guid.NewGuid():N}", PreferredLabel = "lamplighter", AltLabels = "",
                IscoGroup = "9629", Code = "9629.1", Description = "Lights and extinguishes street lamps.", Obsolete = true,
            };
            db.EscoOccupations.Add(row);
            await db.SaveChangesAsync();
            obsolete = row.Id;
        }
        await using var ctx = OccupationPageContext.Create(database, user);
        var notFound = false;
        ctx.Services.GetRequiredService<NavigationManager>().OnNotFound += (_, _) => notFound = true;

        var unknown = ctx.Render<OccupationPage>(p => p.Add(o => o.Id, int.MaxValue));

        unknown.WaitForElement("[data-testid=occupation-not-found]", Patience);
        Assert.True(notFound);
        Assert.Empty(unknown.FindAll("[data-testid=set-goal]"));

        var old = Open(ctx, obsolete);
        Assert.Contains("no longer lists this occupation", old.Find("[data-testid=obsolete]").TextContent);
    }

    private static IRenderedComponent<OccupationPage> Open(BunitContext ctx, int id)
    {
        var page = ctx.Render<OccupationPage>(p => p.Add(o => o.Id, id));
        page.WaitForElement("[data-testid=skills-summary]", Patience);
        return page;
    }

    private async Task<bool?> DecisionAsync(User user, string skillLabel)
    {
        await using var db = database.CreateContext();
        return await db.SkillDecisions.Where(d => d.UserId == user.Id && d.Skill!.PreferredLabel == skillLabel)
            .Select(d => (bool?)d.Confirmed).SingleOrDefaultAsync();
    }

    private async Task<int?> GoalAsync(User user)
    {
        await using var db = database.CreateContext();
        return await db.GoalOccupations.Where(g => g.UserId == user.Id).Select(g => (int?)g.OccupationId).SingleOrDefaultAsync();
    }

    private async Task<User> AngelicaAsync()
    {
        await using var db = database.CreateContext();
        return await PersonaRows.AddAsync(db, DemoPersonas.All.Single(p => p.DisplayName == "Angelica Reyes"), withGoalOccupation: false);
    }
}
