using AngleSharp.Html.Dom;
using Bunit;
using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Components.Pages.Onboarding;
using CareerNavigator.Web.Components.Profile;
using CareerNavigator.Web.Onboarding;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Components;

/// <summary>
/// Enter in a one-line field submits the form it belongs to, as in any HTML form: the wizard's step ("Save and continue")
/// or a /profile section ("Save"). Text areas, chip inputs and record editors are not in that form. The browser side
/// (the key press itself) is in OnboardingJourneyTests; here, which fields join which form, and what a submit does.
/// </summary>
public sealed class EnterSubmitsTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task In_the_wizard_one_line_fields_and_save_and_continue_belong_to_the_step_form_and_the_cv_text_does_not()
    {
        var (ctx, _) = await ContextOnTheCvStepAsync();
        await using var _ = ctx;
        var wizard = ctx.Render<OnboardingWizard>();
        wizard.WaitForAssertion(() => Assert.NotEmpty(wizard.FindAll("textarea")));

        var form = Assert.IsAssignableFrom<IHtmlFormElement>(wizard.Find("form#" + EnterSubmits.Step.FormId));
        Assert.True(form.HasAttribute("novalidate"));
        Assert.Empty(form.Children);
        var next = Assert.IsAssignableFrom<IHtmlButtonElement>(wizard.Find("[data-testid=wizard-next]"));
        Assert.Equal("submit", next.Type);
        Assert.Equal(form.Id, next.GetAttribute("form"));
        Assert.Equal(EnterSubmits.Step.FormId, wizard.Find("input[type=url]").GetAttribute("form"));
        Assert.False(wizard.Find("textarea").HasAttribute("form"));
        Assert.Equal("button", wizard.Find("[data-testid=wizard-back]").GetAttribute("type"));
    }

    [Fact]
    public async Task Submitting_the_step_form_with_a_bad_value_shows_its_message_and_stays_then_a_good_one_moves_on()
    {
        var (ctx, userId) = await ContextOnTheCvStepAsync();
        await using var _ = ctx;
        var wizard = ctx.Render<OnboardingWizard>();
        wizard.WaitForAssertion(() => Assert.NotEmpty(wizard.FindAll("textarea")));

        wizard.Find("input[type=url]").Input("https://www.linkedin.com/company/acme");
        await wizard.Find("form#" + EnterSubmits.Step.FormId).SubmitAsync();

        wizard.WaitForAssertion(() => Assert.Contains("Enter your LinkedIn profile address, like", wizard.Markup));
        Assert.Equal("CV and LinkedIn", wizard.Find("[data-testid=step-title]").TextContent);

        wizard.Find("input[type=url]").Input("https://www.linkedin.com/in/ana-perez");
        await wizard.Find("form#" + EnterSubmits.Step.FormId).SubmitAsync();

        wizard.WaitForAssertion(() => Assert.Equal("Work experience", wizard.Find("[data-testid=step-title]").TextContent));
        await using var db = database.CreateContext();
        Assert.Equal("https://www.linkedin.com/in/ana-perez", (await db.UserProfiles.SingleAsync(p => p.UserId == userId)).LinkedinProfileUrl);
    }

    [Fact]
    public async Task On_the_profile_page_a_sections_one_line_fields_and_save_button_belong_to_its_own_form_which_saves_it()
    {
        var (ctx, userId) = await ContextOnTheCvStepAsync();
        await using var _ = ctx;
        var contact = ctx.Render<ContactEditor>(p => p.Add(e => e.ShowSaveButton, true));
        contact.WaitForAssertion(() => contact.Find("[data-testid=contact-name]"));
        var details = ctx.Render<PersonalDetailsEditor>(p => p.Add(e => e.ShowSaveButton, true));
        details.WaitForAssertion(() => Assert.NotEmpty(details.FindAll("input")));

        var form = contact.Find("form");
        Assert.StartsWith("section-", form.Id);
        Assert.NotEqual(form.Id, details.Find("form").Id);
        Assert.Equal(form.Id, contact.Find("[data-testid=contact-name]").GetAttribute("form"));
        Assert.Equal(form.Id, contact.Find("input[type=tel]").GetAttribute("form"));
        Assert.False(contact.Find("[data-testid=contact-summary]").HasAttribute("form"));
        var save = Assert.IsAssignableFrom<IHtmlButtonElement>(contact.FindAll("button").Single(b => b.TextContent.Trim() == "Save"));
        Assert.Equal("submit", save.Type);
        Assert.Equal(form.Id, save.GetAttribute("form"));
        // MudBlazor's fields (a numeric and a text field) put the attribute on their input too.
        Assert.All(details.FindAll("input"), input => Assert.Equal(details.Find("form").Id, input.GetAttribute("form")));

        contact.Find("[data-testid=contact-name]").Input("Ana Pérez");
        // The submit's task ends when the save does.
        await contact.Find("form").SubmitAsync();

        await using var db = database.CreateContext();
        Assert.Equal("Ana Pérez", (await db.UserProfiles.SingleAsync(p => p.UserId == userId)).FullName);
    }

    /// <summary>A new user of the "experienced, continuing" path, on the CV step (a text area and a one-line address).</summary>
    private async Task<(BunitContext Context, int UserId)> ContextOnTheCvStepAsync()
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db, UserGroup.ExperiencedContinuing);
        db.OnboardingProgress.Add(new OnboardingProgress { UserId = user.Id, CurrentStep = OnboardingStep.CvAndLinkedIn.Key() });
        await db.SaveChangesAsync();
        var ctx = ComponentTestContext.Create(database).WithProfileServices();
        ctx.SignIn(user.Id, user.Email!);
        ctx.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return (ctx, user.Id);
    }
}
