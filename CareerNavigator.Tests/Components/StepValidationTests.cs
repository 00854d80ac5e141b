using Bunit;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Components.Profile;
using CareerNavigator.Web.Onboarding;
using CareerNavigator.Web.Profiles;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Components;

/// <summary>Each wizard step refuses bad values with its message on the page, and writes nothing.</summary>
public sealed class StepValidationTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task Situation_refuses_to_go_on_without_the_years_of_work()
    {
        var (ctx, userId) = await ContextAsync();
        await using var _ = ctx;
        var step = ctx.Render<SituationEditor>();
        step.WaitForAssertion(() => Assert.NotEmpty(step.FindAll("input")));

        var saved = await step.InvokeAsync(() => step.Instance.SaveAsync());

        Assert.False(saved);
        step.WaitForAssertion(() => Assert.Contains("Enter a number of years (0 if you haven", step.Markup));
        await using var db = database.CreateContext();
        Assert.False(await db.OnboardingProgress.AnyAsync(p => p.UserId == userId));
    }

    [Fact]
    public async Task Situation_needs_the_second_answer_before_it_classifies()
    {
        var (ctx, userId) = await ContextAsync();
        await using var _ = ctx;
        var step = ctx.Render<SituationEditor>();
        step.WaitForAssertion(() => Assert.NotEmpty(step.FindAll("input")));

        step.Find("input").Input("5");
        var saved = await step.InvokeAsync(() => step.Instance.SaveAsync());

        Assert.False(saved);
        step.WaitForAssertion(() => Assert.Contains("Answer the second question too", step.Markup));
        await using var db = database.CreateContext();
        Assert.False(await db.OnboardingProgress.AnyAsync(p => p.UserId == userId));
    }

    [Fact]
    public async Task Cv_step_refuses_a_linkedin_company_page()
    {
        await AssertRefusedAsync<CvEditor>(inputIndex: 1, "https://www.linkedin.com/company/acme", "Enter your LinkedIn profile address");
    }

    [Fact]
    public async Task A_field_shows_its_message_as_the_user_types_before_any_save()
    {
        var (ctx, _) = await ContextAsync();
        await using var _ = ctx;
        var step = ctx.Render<CvEditor>();
        step.WaitForAssertion(() => Assert.True(step.FindAll("input, textarea").Count > 1));

        // A property's own rule (its length) is checked on each edit; rules across the form (IValidatableObject) on save.
        await step.InvokeAsync(() => step.FindAll("input, textarea")[1].Input("https://www.linkedin.com/in/" + new string('a', 480)));

        step.WaitForAssertion(() => Assert.Contains("That address is too long.", step.Markup));
        await step.InvokeAsync(() => step.FindAll("input, textarea")[1].Input("https://www.linkedin.com/in/ana-silva"));
        step.WaitForAssertion(() => Assert.DoesNotContain("That address is too long.", step.Markup));
    }

    [Fact]
    public async Task About_step_refuses_a_culture_over_100_characters()
    {
        await AssertRefusedAsync<AboutEditor>(inputIndex: 2, new string('c', 101), "Keep this under 100 characters.");
    }

    [Fact]
    public async Task Education_step_refuses_a_grade_above_its_scale()
    {
        var (ctx, userId) = await ContextAsync();
        await using var _ = ctx;
        var step = ctx.Render<EducationEditor>();
        step.WaitForAssertion(() => step.Find("[data-testid=records-empty]"));
        await step.InvokeAsync(() => step.FindAll("button").Single(b => b.TextContent.Contains("Add education")).Click());
        step.WaitForAssertion(() => Assert.NotEmpty(step.FindAll("[data-testid=record-editor] input")));
        SetValue(step.FindAll("[data-testid=record-editor] input")[0], "Open University");
        SetValue(step.FindAll("[data-testid=record-editor] input").First(i => i.GetAttribute("inputmode") == "decimal"), "4.5");
        await step.InvokeAsync(() => step.Find("[data-testid=record-save]").Click());

        step.WaitForAssertion(() => Assert.Contains("Enter a grade from 0 to 4.", step.Markup));
        await using var db = database.CreateContext();
        Assert.False(await db.AcademicRecords.AnyAsync(a => a.UserId == userId));
    }

    private async Task AssertRefusedAsync<TEditor>(int inputIndex, string value, string message) where TEditor : ProfileEditorBase
    {
        var (ctx, userId) = await ContextAsync();
        await using var _ = ctx;
        var step = ctx.Render<TEditor>();
        step.WaitForAssertion(() => Assert.True(step.FindAll("input, textarea").Count > inputIndex));

        SetValue(step.FindAll("input, textarea")[inputIndex], value);
        var saved = await step.InvokeAsync(() => step.Instance.SaveAsync());

        Assert.False(saved);
        step.WaitForAssertion(() => Assert.Contains(message, step.Markup));
        await using var db = database.CreateContext();
        Assert.False(await db.UserProfiles.AnyAsync(p => p.UserId == userId));
    }

    /// <summary>Text fields listen to input events, MudBlazor's other fields to change events: send what the field listens to.</summary>
    private static void SetValue(AngleSharp.Dom.IElement element, string value)
    {
        try
        {
            element.Input(value);
        }
        catch (MissingEventHandlerException)
        {
            element.Change(value);
        }
    }

    private async Task<(BunitContext Context, int UserId)> ContextAsync()
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db, UserGroup.ExperiencedContinuing);
        var ctx = ComponentTestContext.Create(database).WithProfileServices();
        ctx.SignIn(user.Id, user.Email!);
        return (ctx, user.Id);
    }
}
