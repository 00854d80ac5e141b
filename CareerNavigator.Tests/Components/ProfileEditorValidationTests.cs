using Bunit;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Components.Profile;
using CareerNavigator.Web.Onboarding;
using CareerNavigator.Web.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Components;

/// <summary>Bad values show their message next to the field, and nothing reaches the database.</summary>
public sealed class ProfileEditorValidationTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task A_job_without_employer_title_or_start_shows_the_messages_and_saves_nothing()
    {
        var (ctx, userId) = await ContextForNewUserAsync();
        await using var _ = ctx;
        var editor = ctx.Render<JobsEditor>();
        editor.WaitForAssertion(() => editor.Find("[data-testid=records-empty]"));

        await editor.InvokeAsync(() => editor.FindAll("button").Single(b => b.TextContent.Contains("Add a job")).Click());
        await editor.InvokeAsync(() => editor.Find("[data-testid=record-save]").Click());

        editor.WaitForAssertion(() =>
        {
            Assert.Contains("Enter the employer", editor.Markup);
            Assert.Contains("Enter your job title.", editor.Markup);
            Assert.Contains("Enter the start date.", editor.Markup);
        });
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.JobExperiences.CountAsync(j => j.UserId == userId));
    }

    [Fact]
    public async Task An_implausible_age_shows_its_message_and_the_profile_is_not_written()
    {
        var (ctx, userId) = await ContextForNewUserAsync();
        await using var _ = ctx;
        var editor = ctx.Render<PersonalDetailsEditor>(p => p.Add(e => e.ShowSaveButton, true));
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("input")));

        await editor.InvokeAsync(() => editor.FindAll("input")[0].Change("7"));
        await editor.InvokeAsync(() => editor.FindAll("button").Single(b => b.TextContent.Contains("Save")).Click());

        editor.WaitForAssertion(() => Assert.Contains("Enter an age between 14 and 100.", editor.Markup));
        await using var db = database.CreateContext();
        Assert.False(await db.UserProfiles.AnyAsync(p => p.UserId == userId));
    }

    [Fact]
    public async Task A_valid_age_is_saved()
    {
        var (ctx, userId) = await ContextForNewUserAsync();
        await using var _ = ctx;
        var editor = ctx.Render<PersonalDetailsEditor>(p => p.Add(e => e.ShowSaveButton, true));
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("input")));

        await editor.InvokeAsync(() => editor.FindAll("input")[0].Change("29"));
        var saved = await editor.InvokeAsync(() => editor.Instance.SaveAsync());

        Assert.True(saved);
        await using var db = database.CreateContext();
        Assert.Equal(29, (await db.UserProfiles.AsNoTracking().SingleAsync(p => p.UserId == userId)).Age);
    }

    private async Task<(BunitContext Context, int UserId)> ContextForNewUserAsync()
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db, UserGroup.ExperiencedContinuing);
        var ctx = ComponentTestContext.Create(database).WithProfileServices();
        ctx.SignIn(user.Id, user.Email!);
        return (ctx, user.Id);
    }
}
