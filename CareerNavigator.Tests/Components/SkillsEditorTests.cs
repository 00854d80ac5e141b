using Bunit;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Components.Profile;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Components;

public sealed class SkillsEditorTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task A_typed_skill_is_added_with_its_level_and_can_be_removed()
    {
        var (ctx, userId) = await ContextAsync();
        await using var _ = ctx;
        var editor = ctx.Render<SkillsEditor>();
        editor.WaitForAssertion(() => editor.Find("[data-testid=skills-empty]"));

        await editor.InvokeAsync(() => Field(editor, "skill-name").Change("Data modelling"));
        await editor.InvokeAsync(() => Field(editor, "skill-level").Change("Advanced"));
        await editor.InvokeAsync(() => editor.Find("form").Submit());

        editor.WaitForAssertion(() => Assert.Contains("Data modelling · Advanced", Assert.Single(editor.FindAll("[data-testid=skill-row]")).TextContent));
        Assert.Contains("Added by you", editor.Find("[data-testid=skill-row]").TextContent);

        await editor.InvokeAsync(() => editor.Find("[aria-label='Remove Data modelling']").Click());
        editor.WaitForAssertion(() => editor.Find("[data-testid=skills-empty]"));
        await using var db = database.CreateContext();
        Assert.False(await db.UserSkills.AnyAsync(s => s.UserId == userId));
    }

    [Fact]
    public async Task An_empty_or_overlong_name_shows_the_servers_message_next_to_the_field()
    {
        var (ctx, userId) = await ContextAsync();
        await using var _ = ctx;
        var editor = ctx.Render<SkillsEditor>();
        editor.WaitForAssertion(() => editor.Find("form"));

        await editor.InvokeAsync(() => editor.Find("form").Submit());
        editor.WaitForAssertion(() => Assert.Contains("Type the name of the skill.", editor.Markup));

        await editor.InvokeAsync(() => Field(editor, "skill-name").Change(new string('x', 101)));
        await editor.InvokeAsync(() => editor.Find("form").Submit());
        editor.WaitForAssertion(() => Assert.Contains("Keep the skill's name under 100 characters.", editor.Markup));

        await using var db = database.CreateContext();
        Assert.False(await db.UserSkills.AnyAsync(s => s.UserId == userId));
    }

    [Fact]
    public async Task An_occupation_match_skill_is_confirmed_with_its_button()
    {
        var (ctx, userId) = await ContextAsync();
        await using var _ = ctx;
        await using (var db = database.CreateContext())
        {
            db.UserSkills.Add(new UserSkill { UserId = userId, Name = "Welding", NormalizedName = "welding", Source = SkillSource.OccupationMatch });
            await db.SaveChangesAsync();
        }
        var editor = ctx.Render<SkillsEditor>();
        editor.WaitForAssertion(() => Assert.Contains("not confirmed yet", editor.Find("[data-testid=skill-row]").TextContent));

        await editor.InvokeAsync(() => editor.Find("[aria-label='Confirm Welding']").Click());

        editor.WaitForAssertion(() => Assert.DoesNotContain("not confirmed yet", editor.Find("[data-testid=skill-row]").TextContent));
        await using var check = database.CreateContext();
        Assert.True((await check.UserSkills.SingleAsync(s => s.UserId == userId)).Confirmed);
    }

    private static AngleSharp.Dom.IElement Field(IRenderedComponent<SkillsEditor> editor, string testId) =>
        editor.Find($"input[data-testid={testId}], [data-testid={testId}] input");

    private async Task<(BunitContext Context, int UserId)> ContextAsync()
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db);
        var ctx = ComponentTestContext.Create(database).WithProfileServices();
        ctx.SignIn(user.Id, user.Email!);
        return (ctx, user.Id);
    }
}
