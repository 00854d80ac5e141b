using System.ComponentModel.DataAnnotations;
using Bunit;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Components.Profile;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CareerNavigator.Tests.Components;

/// <summary>
/// The light text field of the profile editors: it must behave like the MudTextField it replaced (label, value in the
/// model on every keystroke, the validation message under the field) without any JavaScript round trip.
/// </summary>
public sealed class OutlinedTextFieldTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private sealed class Model
    {
        [MaxLength(5, ErrorMessage = "Keep it to five letters.")]
        public string? Word { get; set; }
    }

    [Fact]
    public void Typing_puts_the_text_in_the_model_and_the_label_names_the_field()
    {
        using var ctx = ComponentTestContext.Create();
        var model = new Model();
        var form = RenderForm(ctx, model, helper: "One word.");
        var field = form.Find("textarea");

        field.Input("Hi");

        Assert.Equal("Hi", model.Word);
        var label = form.Find("label");
        Assert.Equal("Your word", label.TextContent);
        Assert.Equal(field.Id, label.GetAttribute("for"));
        Assert.Contains("mud-shrink", form.Find(".mud-input").ClassList);
        Assert.Equal("One word.", form.Find(".mud-input-helper-text").TextContent.Trim());
        Assert.Equal("word-field", field.GetAttribute("data-testid"));
        Assert.Empty(ctx.JSInterop.Invocations);
    }

    [Fact]
    public void A_bad_value_shows_its_message_under_the_field_and_marks_it_invalid()
    {
        using var ctx = ComponentTestContext.Create();
        var model = new Model();
        var form = RenderForm(ctx, model);

        form.Find("textarea").Input("Far too long");

        form.WaitForAssertion(() => Assert.Equal("Keep it to five letters.", form.Find(".mud-input-helper-text").TextContent.Trim()));
        var field = form.Find("textarea");
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        Assert.Contains("mud-input-error", form.Find(".mud-input-control").ClassList);
        Assert.Equal(form.Find(".mud-input-helper-text div").Id, field.GetAttribute("aria-describedby"));

        form.Find("textarea").Input("Fine");

        form.WaitForAssertion(() => Assert.Empty(form.FindAll(".mud-input-error")));
        Assert.Equal("false", form.Find("textarea").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void A_value_set_by_the_owner_replaces_what_the_field_shows()
    {
        using var ctx = ComponentTestContext.Create();
        var field = ctx.Render<OutlinedTextField>(p => p.Add(f => f.Label, "Name").Add(f => f.Value, "Ana"));
        Assert.Equal("Ana", field.Find("input").GetAttribute("value"));
        Assert.DoesNotContain("mud-shrink", ctx.Render<OutlinedTextField>(p => p.Add(f => f.Label, "Empty")).Find(".mud-input").ClassList);

        field.Render(p => p.Add(f => f.Value, "Ana María"));

        Assert.Equal("Ana María", field.Find("input").GetAttribute("value"));
    }

    [Fact]
    public async Task A_pause_in_typing_saves_a_draft_once_and_says_so_without_rendering_the_editor_again()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 14, 3, 22, TimeSpan.Zero));
        var (ctx, editor, userId) = await GoalsEditorOfANewUserAsync(clock);
        await using var _ = ctx;
        // A sibling field re-renders exactly when the editor does (it gets a new For expression each time).
        var sibling = editor.FindComponents<OutlinedTextField>()[1];
        var siblingRenders = sibling.RenderCount;

        // Two edits in one go on the renderer's thread, so no pause (a busy machine's) can save the first one alone.
        await editor.InvokeAsync(() =>
        {
            editor.FindAll("textarea")[0].Input("Lead a");
            editor.FindAll("textarea")[0].Input("Lead a data team");
        });

        clock.Advance(ProfileEditorBase.DraftPause - TimeSpan.FromMilliseconds(1));
        Assert.Empty(editor.FindAll("[data-testid=draft-saved]"));
        clock.Advance(TimeSpan.FromMilliseconds(1));
        editor.WaitForAssertion(() => Assert.Equal("Draft saved at 14:03:23 UTC", editor.Find("[data-testid=draft-saved]").TextContent), TimeSpan.FromSeconds(15));
        await using var check = database.CreateContext();
        Assert.Equal("Lead a data team", (await check.UserProfiles.SingleAsync(p => p.UserId == userId)).CareerGoals);
        // The field shows what was typed and the status line shows the draft: neither re-rendered the whole editor.
        Assert.Equal(siblingRenders, sibling.RenderCount);
        Assert.Equal("Lead a data team", editor.FindAll("textarea")[0].GetAttribute("value") ?? editor.FindAll("textarea")[0].TextContent);
    }

    [Fact]
    public async Task A_too_long_goal_shows_its_message_under_the_field_and_is_not_saved_as_a_draft()
    {
        var clock = new FakeTimeProvider();
        var (ctx, editor, userId) = await GoalsEditorOfANewUserAsync(clock);
        await using var _ = ctx;

        await editor.InvokeAsync(() => editor.FindAll("textarea")[0].Input(new string('a', 4001)));

        editor.WaitForAssertion(() => Assert.Contains("Keep your career goal under 4,000 characters.", editor.Markup));
        Assert.Equal("true", editor.FindAll("textarea")[0].GetAttribute("aria-invalid"));
        clock.Advance(ProfileEditorBase.DraftPause * 2);
        // The timer's save runs on the renderer's thread; a round trip through it lets a (wrong) save finish first.
        await editor.InvokeAsync(() => { });
        Assert.Empty(editor.FindAll("[data-testid=draft-saved]"));
        await using var check = database.CreateContext();
        Assert.Null((await check.UserProfiles.SingleOrDefaultAsync(p => p.UserId == userId))?.CareerGoals);
    }

    /// <summary>A new user's Goals editor, signed in, with its fields loaded.</summary>
    private async Task<(BunitContext Context, IRenderedComponent<GoalsEditor> Editor, int UserId)> GoalsEditorOfANewUserAsync(FakeTimeProvider clock)
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db, UserGroup.ExperiencedContinuing);
        var ctx = ComponentTestContext.Create(database).WithProfileServices();
        ctx.Services.AddSingleton<TimeProvider>(clock);
        ctx.SignIn(user.Id, user.Email!);
        var editor = ctx.Render<GoalsEditor>(p => p.Add(e => e.Group, UserGroup.ExperiencedContinuing));
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("textarea")));
        return (ctx, editor, user.Id);
    }

    private static IRenderedComponent<EditForm> RenderForm(BunitContext ctx, Model model, string? helper = null) =>
        ctx.Render<EditForm>(p => p
            .Add(f => f.Model, model)
            .Add(f => f.ChildContent, (RenderFragment<EditContext>)(_ => builder =>
            {
                builder.OpenComponent<DataAnnotationsValidator>(0);
                builder.CloseComponent();
                builder.OpenComponent<OutlinedTextField>(1);
                builder.AddComponentParameter(2, nameof(OutlinedTextField.Label), "Your word");
                builder.AddComponentParameter(3, nameof(OutlinedTextField.Lines), 2);
                builder.AddComponentParameter(4, nameof(OutlinedTextField.Value), model.Word);
                builder.AddComponentParameter(5, nameof(OutlinedTextField.ValueChanged),
                    EventCallback.Factory.Create<string?>(new object(), v => model.Word = v));
                builder.AddComponentParameter(6, nameof(OutlinedTextField.For), (System.Linq.Expressions.Expression<Func<string?>>)(() => model.Word));
                builder.AddComponentParameter(7, nameof(OutlinedTextField.HelperText), helper);
                builder.AddAttribute(8, "data-testid", "word-field");
                builder.CloseComponent();
            })));
}
