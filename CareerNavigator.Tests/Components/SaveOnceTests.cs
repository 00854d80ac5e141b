using Bunit;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Components.Profile;
using CareerNavigator.Web.Onboarding;
using Microsoft.AspNetCore.Components;
using CareerNavigator.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Components;

/// <summary>
/// A step saves what changed, once: "Save and continue" after the draft was saved, or on a step the user only looked
/// at, writes nothing: the draft save has already written that text.
/// </summary>
public sealed class SaveOnceTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task Save_and_continue_on_an_untouched_step_sends_nothing_to_the_database()
    {
        var (ctx, userId) = await ContextAsync(UserGroup.ExperiencedContinuing);
        await using var _ = ctx;
        await StampAsync(userId, "Lead a data team");
        var commands = CountCommands(ctx);
        var step = ctx.Render<GoalsEditor>(p => p.Add(e => e.Group, UserGroup.ExperiencedContinuing));
        step.WaitForAssertion(() => Assert.NotEmpty(step.FindAll("textarea")));
        var afterLoading = commands.Commands;

        Assert.True(await step.InvokeAsync(() => step.Instance.SaveAsync()));

        // Loading reads the profile row and the goal occupation (a side table) in one statement; saving the untouched step reads nothing more.
        Assert.Equal(1, afterLoading);
        Assert.Equal(afterLoading, commands.Commands);
    }

    [Fact]
    public async Task A_changed_goal_is_written_once_however_often_it_is_saved()
    {
        var (ctx, userId) = await ContextAsync(UserGroup.ExperiencedContinuing);
        await using var _ = ctx;
        var stamped = await StampAsync(userId, "Lead a data team");
        var commands = CountCommands(ctx);
        var step = ctx.Render<GoalsEditor>(p => p.Add(e => e.Group, UserGroup.ExperiencedContinuing));
        step.WaitForAssertion(() => Assert.NotEmpty(step.FindAll("textarea")));

        await Type(step, 0, "Run the analytics department");
        Assert.True(await step.InvokeAsync(() => step.Instance.SaveAsync()));
        var saved = await UpdatedAtAsync(userId);
        var afterSaving = commands.Commands;
        Assert.NotEqual(stamped, saved);
        Assert.True(await step.InvokeAsync(() => step.Instance.SaveAsync()));

        Assert.Equal(afterSaving, commands.Commands);
        Assert.Equal(saved, await UpdatedAtAsync(userId));
        await using var db = database.CreateContext();
        Assert.Equal("Run the analytics department", (await db.UserProfiles.SingleAsync(p => p.UserId == userId)).CareerGoals);
    }

    [Fact]
    public async Task A_change_outside_the_profile_form_still_counts_as_a_change()
    {
        // People changing field also answer "which field" on the goals step; those answers live in the onboarding row.
        var (ctx, userId) = await ContextAsync(UserGroup.ExperiencedChanging);
        await using var _ = ctx;
        var stamped = await StampAsync(userId, "Move into data");
        var step = ctx.Render<GoalsEditor>(p => p.Add(e => e.Group, UserGroup.ExperiencedChanging));
        // Which field, why and the three goals (the target occupation is a button until it is opened).
        step.WaitForAssertion(() => Assert.Equal(5, step.FindAll("input, textarea").Count(IsTextField)));

        await Type(step, 0, "Data analysis");
        Assert.True(await step.InvokeAsync(() => step.Instance.SaveAsync()));

        await using var db = database.CreateContext();
        var progress = await db.OnboardingProgress.SingleAsync(p => p.UserId == userId);
        Assert.Equal("Data analysis", progress.Answers.TargetField);
    }

    /// <summary>From here on the editors' contexts count their commands.</summary>
    private CommandCountingContextFactory CountCommands(BunitContext ctx)
    {
        var counting = new CommandCountingContextFactory(database);
        ctx.Services.AddSingleton<IDbContextFactory<CareerNavigatorDbContext>>(counting);
        return counting;
    }

    private static bool IsTextField(AngleSharp.Dom.IElement e) => e.LocalName == "textarea" || e.GetAttribute("type") is null or "text";

    private static async Task Type(IRenderedComponent<GoalsEditor> step, int index, string text)
    {
        // The profile's text fields take the value on every input event, as the browser sends while the user types.
        var field = step.FindAll("input, textarea").Where(IsTextField).ElementAt(index);
        await step.InvokeAsync(() => field.Input(text));
    }

    private async Task<DateTime> StampAsync(int userId, string goal)
    {
        await using var db = database.CreateContext();
        var profile = new UserProfile { UserId = userId, CareerGoals = goal };
        db.UserProfiles.Add(profile);
        await db.SaveChangesAsync();
        return await UpdatedAtAsync(userId);
    }

    private async Task<DateTime> UpdatedAtAsync(int userId)
    {
        await using var db = database.CreateContext();
        return await db.UserProfiles.Where(p => p.UserId == userId).Select(p => p.UpdatedAt).SingleAsync();
    }

    private async Task<(BunitContext Context, int UserId)> ContextAsync(UserGroup group)
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db, group);
        var ctx = ComponentTestContext.Create(database).WithProfileServices();
        ctx.SignIn(user.Id, user.Email!);
        return (ctx, user.Id);
    }
}
