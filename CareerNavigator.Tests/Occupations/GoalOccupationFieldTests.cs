using Bunit;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Components.Profile;
using CareerNavigator.Web.Occupations;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace CareerNavigator.Tests.Occupations;

/// <summary>
/// The goals step (wizard and profile) offers ESCO occupations while the user types and saves the chosen one with the
/// goals. The field is a button showing the chosen occupation until the user opens it (the autocomplete costs every
/// open wizard memory and JS round trips), and opening it puts the focus in the autocomplete.
/// </summary>
public sealed class GoalOccupationFieldTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>, IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    public Task InitializeAsync() => OccupationPageContext.SeedOnceAsync(database);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Typed_text_offers_occupations_and_the_chosen_one_is_saved_with_the_goals_and_shown_again()
    {
        var (ctx, user) = await ContextAsync();
        await using var _ = ctx;
        var step = Render(ctx);
        Assert.Empty(step.FindComponents<MudAutocomplete<OccupationLink>>());
        Assert.Equal("Choose an occupation", Opener(step).TextContent);
        var field = Open(step, ctx);

        var search = field.Instance.SearchFunc ?? throw new InvalidOperationException("The field has no search.");
        var offered = (await search("registered nurse", CancellationToken.None)!).OfType<OccupationLink>().ToList();
        var nurse = Assert.Single(offered, o => o.Title == "nurse responsible for general care");
        await step.InvokeAsync(() => field.Instance.SelectOptionAsync(nurse));
        Assert.True(await step.InvokeAsync(() => step.Instance.SaveAsync()));

        Assert.Equal(nurse.Id, await GoalAsync(user));
        await using var again = Context(user);
        var reopened = Render(again);
        Assert.Equal("nurse responsible for general care", Opener(reopened).TextContent);
        Open(reopened, again);
        Assert.Equal("nurse responsible for general care", reopened.Find(".mud-autocomplete input").GetAttribute("value"));
    }

    [Fact]
    public async Task Clearing_the_occupation_clears_the_goal_and_free_text_goals_stay_allowed()
    {
        var (ctx, user) = await ContextAsync();
        await using var _ = ctx;
        var nurse = await OccupationPageContext.IdOfAsync(database, EscoSample.GeneralNurse);
        await using (var db = database.CreateContext())
        {
            db.GoalOccupations.Add(new GoalOccupation { UserId = user.Id, OccupationId = nurse });
            await db.SaveChangesAsync();
        }
        var step = Render(ctx);
        Assert.Equal("nurse responsible for general care", Opener(step).TextContent);
        var field = Open(step, ctx);
        Assert.Equal("nurse responsible for general care", step.Find(".mud-autocomplete input").GetAttribute("value"));

        await step.InvokeAsync(() => step.FindAll("textarea")[0].Input("Become a ward sister one day"));
        await step.InvokeAsync(() => field.Instance.ClearAsync());
        Assert.True(await step.InvokeAsync(() => step.Instance.SaveAsync()));

        Assert.Null(await GoalAsync(user));
        await using var check = database.CreateContext();
        Assert.Equal("Become a ward sister one day", (await check.UserProfiles.SingleAsync(p => p.UserId == user.Id)).CareerGoals);
    }

    [Fact]
    public async Task The_closed_field_is_a_button_named_by_its_label_and_the_chosen_occupation()
    {
        var (ctx, _) = await ContextAsync();
        await using var _ = ctx;
        var step = Render(ctx);

        var opener = Opener(step);
        Assert.Equal("button", opener.LocalName);
        Assert.Equal("button", opener.GetAttribute("type"));
        var labelIds = opener.GetAttribute("aria-labelledby")!.Split(' ');
        Assert.Equal(["Target occupation (ESCO, optional)", "Choose an occupation"], labelIds.Select(id => step.Find($"[id='{id}']").TextContent));
        Assert.Contains("job title", step.Find($"[id='{opener.GetAttribute("aria-describedby")}']").TextContent);
    }

    private static AngleSharp.Dom.IElement Opener(IRenderedComponent<GoalsEditor> step) => step.Find("button[data-testid=goal-occupation]");

    /// <summary>Clicks the field open: the autocomplete shows and takes the focus.</summary>
    private static IRenderedComponent<MudAutocomplete<OccupationLink>> Open(IRenderedComponent<GoalsEditor> step, BunitContext ctx)
    {
        Opener(step).Click();
        var field = step.FindComponent<MudAutocomplete<OccupationLink>>();
        Assert.Equal("goal-occupation", step.Find(".mud-autocomplete input").GetAttribute("data-testid"));
        step.WaitForAssertion(() => ctx.JSInterop.VerifyFocusAsyncInvoke(), Patience);
        return field;
    }

    private static IRenderedComponent<GoalsEditor> Render(BunitContext ctx)
    {
        var step = ctx.Render<GoalsEditor>(p => p.Add(e => e.Group, UserGroup.ExperiencedContinuing));
        step.WaitForAssertion(() => Assert.NotEmpty(step.FindAll("textarea")), Patience);
        return step;
    }

    private async Task<(BunitContext, User)> ContextAsync()
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db, UserGroup.ExperiencedContinuing);
        return (Context(user), user);
    }

    private BunitContext Context(User user)
    {
        var ctx = ComponentTestContext.Create(database).WithProfileServices();
        ctx.SignIn(user.Id, user.Email!);
        return ctx;
    }

    private async Task<int?> GoalAsync(User user)
    {
        await using var db = database.CreateContext();
        return await db.GoalOccupations.Where(g => g.UserId == user.Id).Select(g => (int?)g.OccupationId).SingleOrDefaultAsync();
    }
}
