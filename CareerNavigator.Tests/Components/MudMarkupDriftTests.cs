using AngleSharp.Dom;
using Bunit;
using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Components.Pages.Onboarding;
using CareerNavigator.Web.Components.Profile;
using CareerNavigator.Web.Occupations;
using CareerNavigator.Web.Onboarding;
using CareerNavigator.Web.Profiles.Forms;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CareerNavigator.Tests.Components;

/// <summary>
/// The plain elements with MudBlazor's classes on the wizard's path (MudMarkup's buttons and icons, the headings, texts,
/// card and progress bar) against the MudBlazor components they stand for, rendered with the same settings: a MudBlazor
/// upgrade that changes what those components render fails here. Each test renders the app's own light markup.
/// </summary>
public sealed class MudMarkupDriftTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    /// <summary>
    /// The step bar is hidden from screen readers: the "Step 2 of 4" line above it says the same in words, so it has none
    /// of MudProgressLinear's progressbar role and values.
    /// </summary>
    private static readonly MudLikeness.Differences HiddenProgressBar = new()
    {
        MudOnlyAttributes = ["role", "aria-busy", "aria-valuenow", "aria-valuemin", "aria-valuemax", "aria-live"],
        LightOnlyAttributes = ["aria-hidden"],
    };

    [Fact]
    public async Task The_step_counter_and_bar_render_what_MudText_and_MudProgressLinear_render()
    {
        await using var ctx = ComponentTestContext.Create();
        IReadOnlyList<OnboardingStep> path = [OnboardingStep.Situation, OnboardingStep.Goals, OnboardingStep.Education, OnboardingStep.Review];
        var progress = ctx.Render<WizardProgress>(p => p.Add(w => w.Path, path).Add(w => w.Current, OnboardingStep.Goals));

        var counter = ctx.Render<MudText>(p => p.Add(t => t.Typo, Typo.body2).Add(t => t.Class, "muted")
            .AddUnmatched("data-testid", "step-counter").AddChildContent("Step 2 of 4"));
        MudLikeness.AssertSameShape(counter.Find("p"), progress.Find("[data-testid=step-counter]"), MudLikeness.Differences.None);
        var bar = ctx.Render<MudProgressLinear>(p => p.Add(b => b.Value, 50).Add(b => b.Rounded, true).Add(b => b.Size, Size.Small)
            .Add(b => b.Color, Color.Primary).Add(b => b.Class, "my-2"));
        MudLikeness.AssertSameShape(bar.Find(".mud-progress-linear"), progress.Find(".mud-progress-linear"), HiddenProgressBar);
    }

    [Fact]
    public async Task A_sections_heading_and_intro_render_what_MudText_renders()
    {
        await using var ctx = ComponentTestContext.Create();
        var frame = ctx.Render<EditorFrame>(p => p.Add(f => f.Title, "Languages").Add(f => f.Intro, "Levels follow the European scale."));

        var heading = ctx.Render<MudText>(p => p.Add(t => t.Typo, Typo.h6).Add(t => t.HtmlTag, "h2").AddChildContent("Languages"));
        MudLikeness.AssertSameShape(heading.Find("h2"), frame.Find("h2"), MudLikeness.Differences.None);
        var intro = ctx.Render<MudText>(p => p.Add(t => t.Typo, Typo.body2).Add(t => t.Class, "muted mb-4").AddChildContent("Levels follow the European scale."));
        MudLikeness.AssertSameShape(intro.Find("p"), frame.Find("p"), MudLikeness.Differences.None);
    }

    [Fact]
    public async Task The_draft_line_renders_what_MudText_renders()
    {
        await using var ctx = ComponentTestContext.Create();
        var status = ctx.Render<DraftStatus>();
        await status.InvokeAsync(() => status.Instance.Show(new DateTime(2026, 12, 7, 14, 3, 22, DateTimeKind.Utc)));

        var caption = ctx.Render<MudText>(p => p.Add(t => t.Typo, Typo.caption).Add(t => t.Class, "muted draft-status")
            .AddUnmatched("data-testid", "draft-saved").AddChildContent("Draft saved at 14:03:22 UTC"));
        MudLikeness.AssertSameShape(caption.Find("span"), status.Find("span"), MudLikeness.Differences.None);
    }

    [Fact]
    public async Task The_links_legend_and_add_button_render_what_MudText_and_MudButton_render()
    {
        await using var ctx = ComponentTestContext.Create();
        var links = ctx.Render<LinkListInput>(p => p.Add(l => l.Links, [new ContactForm.LinkRow()]));

        var legend = ctx.Render<MudText>(p => p.Add(t => t.Typo, Typo.subtitle2).Add(t => t.HtmlTag, "legend").AddChildContent("Links (optional)"));
        MudLikeness.AssertSameShape(legend.Find("legend"), links.Find("legend.mud-typography"), MudLikeness.Differences.None);
        var add = ctx.Render<MudButton>(p => p.Add(b => b.Variant, Variant.Outlined).Add(b => b.Color, Color.Primary)
            .Add(b => b.StartIcon, Icons.Material.Filled.Add).AddUnmatched("data-testid", "contact-link-add").AddChildContent("Add a link"));
        MudLikeness.AssertSameShape(add.Find("button"), links.Find("[data-testid=contact-link-add]"), MudLikeness.Differences.None);
    }

    [Fact]
    public async Task The_wizards_heading_card_and_buttons_render_what_MudBlazor_renders()
    {
        var ctx = await ContextOnTheGoalsStepAsync();
        await using var _ = ctx;
        var wizard = ctx.Render<OnboardingWizard>();
        wizard.WaitForAssertion(() => Assert.NotEmpty(wizard.FindAll("textarea")));

        var title = ctx.Render<MudText>(p => p.Add(t => t.Typo, Typo.h4).Add(t => t.GutterBottom, true).Add(t => t.HtmlTag, "h1")
            .AddChildContent("Set up your profile"));
        MudLikeness.AssertSameShape(title.Find("h1"), wizard.Find("h1"), MudLikeness.Differences.None);
        var card = ctx.Render<MudPaper>(p => p.Add(c => c.Outlined, true).Add(c => c.Class, "wizard-card"));
        MudLikeness.AssertSameShape(card.Find("div"), wizard.Find(".wizard-card"), new() { RootOnly = true });
        var stepTitle = ctx.Render<MudText>(p => p.Add(t => t.Typo, Typo.h5).Add(t => t.Class, "mb-2").Add(t => t.HtmlTag, "h2")
            .AddUnmatched("data-testid", "step-title").AddChildContent("Goals"));
        MudLikeness.AssertSameShape(stepTitle.Find("h2"), wizard.Find("[data-testid=step-title]"), MudLikeness.Differences.None);
        var back = ctx.Render<MudButton>(p => p.Add(b => b.Variant, Variant.Text).Add(b => b.StartIcon, Icons.Material.Filled.ArrowBack)
            .AddUnmatched("data-testid", "wizard-back").AddChildContent("Back"));
        MudLikeness.AssertSameShape(back.Find("button"), wizard.Find("[data-testid=wizard-back]"), MudLikeness.Differences.None);
        var next = ctx.Render<MudButton>(p => p.Add(b => b.Variant, Variant.Filled).Add(b => b.Color, Color.Primary)
            .Add(b => b.ButtonType, ButtonType.Submit).Add(b => b.EndIcon, Icons.Material.Filled.ArrowForward)
            .AddUnmatched("form", EnterSubmits.Step.FormId).AddUnmatched("data-testid", "wizard-next").AddChildContent("Save and continue"));
        MudLikeness.AssertSameShape(next.Find("button"), wizard.Find("[data-testid=wizard-next]"), MudLikeness.Differences.None);
    }

    [Fact]
    public async Task A_record_steps_empty_text_and_add_button_render_what_MudText_and_MudButton_render()
    {
        var ctx = await ContextOnTheGoalsStepAsync();
        await using var _ = ctx;
        var education = ctx.Render<EducationEditor>();
        education.WaitForAssertion(() => education.Find("[data-testid=records-empty]"));

        var empty = ctx.Render<MudText>(p => p.Add(t => t.Typo, Typo.body2).Add(t => t.Class, "muted").AddChildContent("No education yet."));
        MudLikeness.AssertSameShape(empty.Find("p"), education.Find("[data-testid=records-empty] p"), MudLikeness.Differences.None);
        var add = ctx.Render<MudButton>(p => p.Add(b => b.Variant, Variant.Outlined).Add(b => b.Color, Color.Primary).Add(b => b.Class, "mt-3")
            .Add(b => b.StartIcon, Icons.Material.Filled.Add).AddChildContent("Add education"));
        MudLikeness.AssertSameShape(add.Find("button"), AddButton(education, "Add education"), MudLikeness.Differences.None);
    }

    /// <summary>
    /// The closed goal occupation field is a button drawn as the outlined autocomplete it opens into: the button stands
    /// where MudAutocomplete's text box is, the search icon is a picture, not a button (the whole field opens), there is
    /// no list to anchor yet, and the label has an id because it names the button.
    /// </summary>
    private static readonly MudLikeness.Differences ClosedAutocomplete = new()
    {
        MudOnlyElements = [".mud-input > input", ".mud-input > div.mud-input-slot", ".mud-input-clear-button", ".mud-input-adornment > button",
            ".mud-popover-cascading-value"],
        LightOnlyElements = [".mud-input > button.goal-occupation-opener", ".mud-input-adornment > svg"],
        LightOnlyAttributes = [".mud-input-adornment@aria-hidden", "label@id"],
    };

    [Fact]
    public async Task The_closed_goal_occupation_field_renders_what_MudAutocomplete_renders_around_its_text_box()
    {
        var ctx = await ContextOnTheGoalsStepAsync();
        await using var _ = ctx;
        var goal = new OccupationLink(1, "general nurse");
        var light = ctx.Render<GoalOccupationField>(p => p.Add(f => f.Value, goal));

        ctx.Render<MudPopoverProvider>();
        var mud = ctx.Render<MudAutocomplete<OccupationLink>>(p => p
            .Add(a => a.Label, "Target occupation (ESCO, optional)").Add(a => a.Variant, Variant.Outlined).Add(a => a.Value, goal)
            .Add(a => a.ToStringFunc, o => o?.Title).Add(a => a.Clearable, true).Add(a => a.AdornmentAriaLabel, "Show the occupations found")
            .Add(a => a.Class, "mb-3")
            .Add(a => a.HelperText, "Search by job title and pick the closest occupation: its page shows the skills it asks for. Your own words above stay as they are."));

        MudLikeness.AssertSameShape(mud.Find(".mud-input-control"), light.Find(".mud-input-control"), ClosedAutocomplete);
    }

    private static IElement AddButton(IRenderedComponent<EducationEditor> editor, string label) =>
        editor.FindAll("button").Single(b => b.TextContent.Trim() == label);

    /// <summary>A new user of the "starting out, with a goal" path, on the Goals step (which has a Back button).</summary>
    private async Task<BunitContext> ContextOnTheGoalsStepAsync()
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db, UserGroup.InexperiencedWithGoal);
        db.OnboardingProgress.Add(new OnboardingProgress { UserId = user.Id, CurrentStep = OnboardingStep.Goals.Key() });
        await db.SaveChangesAsync();
        var ctx = ComponentTestContext.Create(database).WithProfileServices();
        ctx.SignIn(user.Id, user.Email!);
        ctx.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return ctx;
    }
}
