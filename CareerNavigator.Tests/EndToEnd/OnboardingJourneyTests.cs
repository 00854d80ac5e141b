using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerNavigator.Tests.EndToEnd;

/// <summary>One whole onboarding per user group in Chromium, ending on the review step; screenshots per step.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OnboardingJourneyTests(BrowserFixture browser, BrowserApp app) : IClassFixture<BrowserApp>
{
    private string BaseUrl => app.BaseUrl;

    [Fact]
    public async Task An_experienced_user_continuing_in_their_field_is_onboarded()
    {
        var wizard = await WizardDriver.RegisterAsync(browser.Browser, BaseUrl, "onboard-continuing");
        await wizard.ClassifyAsync("9", "Keep growing in the field I work in", "Experienced, growing in your field");

        await wizard.ExpectStepAsync("CV and LinkedIn");
        await wizard.FillAsync("Your CV", "Lucia Fernandez\nSenior backend engineer\nMeridiana Logistics Tech, 2019–now");
        await wizard.FillAsync("LinkedIn profile address (optional)", "https://www.linkedin.com/in/lucia-fernandez");
        await wizard.NextAsync();

        await wizard.ExpectStepAsync("Work experience");
        await wizard.AddJobAsync("Senior backend engineer", "Meridiana Logistics Tech", "2019-04");
        await wizard.AddJobAsync("Backend developer", "Portside Payments", "2016-02", "2019-03");
        await wizard.ShotAsync("jobs-added");
        await wizard.NextAsync();

        await wizard.ExpectStepAsync("Goals");
        await wizard.FillAsync("Your career goal", "Grow into a staff engineer role leading platform work.");
        await wizard.NextAsync();

        await wizard.ExpectStepAsync("Courses and certificates");
        await wizard.AddCourseAsync("Kubernetes administrator certification", "2023-06");
        await wizard.NextAsync();

        await wizard.ExpectStepAsync("Education");
        await wizard.AddEducationAsync("Polytechnic University of Valencia", "BSc Computer Engineering", "2010-09", "2014-06");
        await wizard.NextAsync();

        await wizard.ExpectStepAsync("Languages");
        await wizard.AddLanguageAsync("Spanish");
        await wizard.NextAsync();

        await wizard.ExpectStepAsync("Where you want to work");
        await wizard.AddChipAsync("Place", "Madrid");
        await wizard.AddChipAsync("Place", "Remote");
        await wizard.NextAsync();

        await wizard.ExpectStepAsync("Personal details");
        await wizard.FillAsync("Age", "32");
        await wizard.FillAsync("Where you live now", "Madrid, Spain");
        await wizard.NextAsync();

        await wizard.ExpectStepAsync("About you");
        await wizard.FillAsync("Your story", "I grew up in Valencia and fell in love with distributed systems.");
        await wizard.NextAsync();

        await wizard.ExpectStepAsync("Review");
        await Expect(wizard.Page.GetByTestId("review-jobs")).ToContainTextAsync("Meridiana Logistics Tech");
        await Expect(wizard.Page.GetByTestId("review-group")).ToHaveTextAsync("Experienced, growing in your field");

        await using var db = app.CreateContext();
        var user = await db.Users.Include(u => u.JobExperiences).Include(u => u.Profile)
            .SingleAsync(u => u.JobExperiences.Any(j => j.CompanyName == "Meridiana Logistics Tech"));
        Assert.Equal(UserGroup.ExperiencedContinuing, user.UserGroup);
        Assert.Equal(2, user.JobExperiences.Count);
        Assert.Equal(["Madrid", "Remote"], user.Profile!.DesiredJobLocations);
        Assert.Equal(32, user.Profile.Age);
    }

    [Fact]
    public async Task An_experienced_user_changing_field_states_where_and_why()
    {
        var wizard = await WizardDriver.RegisterAsync(browser.Browser, BaseUrl, "onboard-changing");
        await wizard.ClassifyAsync("7", "Move into a different field", "Experienced, changing field");

        await wizard.ExpectStepAsync("CV and LinkedIn");
        await wizard.FillAsync("Your CV", "Chinedu Okafor — chemistry teacher");
        await wizard.NextAsync();

        await wizard.ExpectStepAsync("Work experience");
        await wizard.AddJobAsync("Chemistry teacher", "Crestfield International College", "2018-09");
        await wizard.NextAsync();

        await wizard.ExpectStepAsync("Goals");
        await wizard.FillAsync("Which field do you want to move into?", "Data analysis");
        await wizard.FillAsync("Why this change?", "I love the data side of lab work.");
        await wizard.FillAsync("Your career goal", "Become a junior data analyst within a year.");
        await wizard.NextAsync();

        await SkipToReviewAsync(wizard, "Courses and certificates", "Education", "Languages", "Where you want to work", "Personal details", "About you");
        await Expect(wizard.Page.GetByTestId("review-group")).ToHaveTextAsync("Experienced, changing field");

        await using var db = app.CreateContext();
        var userId = await db.JobExperiences.Where(j => j.CompanyName == "Crestfield International College").Select(j => j.UserId).SingleAsync();
        var progress = await db.OnboardingProgress.SingleAsync(p => p.UserId == userId);
        Assert.Equal("Data analysis", progress.Answers.TargetField);
        Assert.Equal("I love the data side of lab work.", progress.Answers.ChangeReason);
    }

    [Fact]
    public async Task A_starter_with_a_goal_starts_from_the_goal_and_education()
    {
        var wizard = await WizardDriver.RegisterAsync(browser.Browser, BaseUrl, "onboard-withgoal");
        await wizard.ClassifyAsync("0.5", "Yes, I have a clear goal", "Starting out, with a clear goal");

        await wizard.ExpectStepAsync("Goals");
        await wizard.FillAsync("Your career goal", "Become a registered paediatric nurse.");
        await wizard.NextAsync();

        await wizard.ExpectStepAsync("Education");
        await wizard.AddEducationAsync("Northbay College of Health Sciences", "BSc Nursing", "2022-08", "2026-06");
        await wizard.NextAsync();

        await SkipToReviewAsync(wizard, "Courses and certificates", "Work experience", "CV and LinkedIn", "Languages", "Where you want to work", "Personal details", "About you");
        await Expect(wizard.Page.GetByTestId("review-education")).ToContainTextAsync("BSc Nursing");
    }

    [Fact]
    public async Task A_starter_without_a_goal_begins_with_interests_and_is_not_forced_to_name_one()
    {
        var wizard = await WizardDriver.RegisterAsync(browser.Browser, BaseUrl, "onboard-nogoal");
        await wizard.ClassifyAsync("0", "Not yet, I'm exploring", "Starting out, exploring options");

        await wizard.ExpectStepAsync("About you");
        await wizard.AddChipAsync("Interest", "music");
        await wizard.AddChipAsync("Interest", "helping people");
        await wizard.FillAsync("Your story", "I finished school last summer and worked in a café.");
        await wizard.NextAsync();

        await SkipToReviewAsync(wizard, "Education", "Courses and certificates", "Work experience", "Languages", "Where you want to work", "Personal details");
        await wizard.ExpectStepAsync("Goals");
        await wizard.NextAsync();
        await wizard.ExpectStepAsync("CV and LinkedIn");
        await wizard.NextAsync();
        await wizard.ExpectStepAsync("Review");
        await Expect(wizard.Page.GetByTestId("review-missing")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_experienced_user_imports_a_linkedin_export_once_and_only_once()
    {
        var wizard = await WizardDriver.RegisterAsync(browser.Browser, BaseUrl, "onboard-linkedin");
        await wizard.ClassifyAsync("10", "Keep growing in the field I work in", "Experienced, growing in your field");
        await wizard.ExpectStepAsync("CV and LinkedIn");

        var picker = wizard.Page.GetByTestId("import-linkedin");
        var export = new FilePayload
        {
            Name = "Basic_LinkedInDataExport.zip", MimeType = "application/zip", Buffer = Import.LinkedInExportReaderTests.CompleteExport(),
        };
        await BrowserFixture.ChooseFileAsync(picker, export);
        await Expect(wizard.Page.GetByTestId("import-preview")).ToContainTextAsync("Acme GmbH");
        await Expect(wizard.Page.GetByTestId("import-jobs")).ToHaveTextAsync("2 new jobs");
        // A browser fires no change for the file an input already holds; after each read the picker is a fresh, empty input.
        await Expect(picker).ToHaveValueAsync("");
        await wizard.ShotAsync("linkedin-preview");
        await wizard.Page.GetByTestId("import-confirm").ClickAsync();
        await Expect(wizard.Page.GetByTestId("import-done")).ToContainTextAsync("Added 2 job(s)");

        await BrowserFixture.ChooseFileAsync(picker, export);
        await Expect(wizard.Page.GetByTestId("import-nothing-new")).ToBeVisibleAsync();
        await Expect(wizard.Page.GetByTestId("import-jobs")).ToHaveTextAsync("No new jobs, 2 already in your profile");
        await Expect(wizard.Page.Locator("[data-testid=import-item][data-mark=new]")).ToHaveCountAsync(0);
        await Expect(wizard.Page.GetByTestId("import-confirm")).ToHaveCountAsync(0);
        await wizard.ShotAsync("linkedin-nothing-new");
        await wizard.Page.GetByTestId("import-close").ClickAsync();
        await Expect(wizard.Page.GetByTestId("import-preview")).ToHaveCountAsync(0);

        await BrowserFixture.ChooseFileAsync(wizard.Page.GetByTestId("import-linkedin"), new FilePayload
        {
            Name = "export.zip", MimeType = "application/zip", Buffer = "this is not a zip"u8.ToArray(),
        });
        await Expect(wizard.Page.GetByTestId("import-error")).ToBeVisibleAsync();
        await wizard.ShotAsync("linkedin-not-a-zip");

        await BrowserFixture.ChooseFileAsync(wizard.Page.GetByTestId("import-cv"), new FilePayload
        {
            Name = "cv.txt", MimeType = "text/plain", Buffer = "Jane Doe\nSenior Engineer at Acme GmbH"u8.ToArray(),
        });
        await Expect(wizard.Page.GetByLabel("Your CV", new() { Exact = true })).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Senior Engineer at Acme GmbH"));
        await wizard.NextAsync();

        await wizard.ExpectStepAsync("Work experience");
        await Expect(wizard.Page.GetByTestId("record-card")).ToHaveCountAsync(2);
        await wizard.NextAsync();
        await SkipToReviewAsync(wizard, "Goals", "Courses and certificates", "Education", "Languages", "Where you want to work", "Personal details", "About you");
        await Expect(wizard.Page.GetByTestId("review-jobs")).ToContainTextAsync("Initech");
        await Expect(wizard.Page.GetByTestId("review-education")).ToContainTextAsync("TU Berlin");
        await using var db = app.CreateContext();
        var userId = await db.JobExperiences.Where(j => j.CompanyName == "Initech").Select(j => j.UserId).SingleAsync();
        Assert.Equal(1, await db.JobExperiences.CountAsync(j => j.UserId == userId && j.CompanyName == "Acme GmbH"));
        var profile = await db.UserProfiles.SingleAsync(p => p.UserId == userId);
        Assert.NotNull(profile.LinkedinProfileData);
        Assert.Contains("Senior Engineer at Acme GmbH", profile.CvContent);
    }

    [Fact]
    public async Task Half_a_step_survives_a_reload()
    {
        var wizard = await WizardDriver.RegisterAsync(browser.Browser, BaseUrl, "onboard-resume");
        await wizard.ClassifyAsync("3", "Keep growing in the field I work in", "Experienced, growing in your field");
        await wizard.ExpectStepAsync("CV and LinkedIn");
        // One input event: with key-by-key typing, a stall between two keys on a busy machine saves half the text as the
        // draft first, and the reload below could race the second draft.
        await wizard.Page.GetByLabel("Your CV", new() { Exact = true }).FillAsync("Half-typed CV, not yet submitted");
        await Expect(wizard.Page.GetByTestId("draft-saved")).ToBeVisibleAsync();

        await wizard.Page.ReloadAsync();

        await Expect(wizard.Page.GetByTestId("step-title")).ToHaveTextAsync("CV and LinkedIn");
        await Expect(wizard.Page.GetByLabel("Your CV", new() { Exact = true })).ToHaveValueAsync("Half-typed CV, not yet submitted");
        await wizard.ShotAsync("after-reload");
    }

    [Fact]
    public async Task Bad_values_show_a_message_next_to_the_field_and_the_wizard_stays()
    {
        var wizard = await WizardDriver.RegisterAsync(browser.Browser, BaseUrl, "onboard-invalid");
        await wizard.ClassifyAsync("3", "Keep growing in the field I work in", "Experienced, growing in your field");
        await wizard.ExpectStepAsync("CV and LinkedIn");
        await wizard.FillAsync("LinkedIn profile address (optional)", "https://www.linkedin.com/company/acme");
        await wizard.NextAsync();

        await Expect(wizard.Page.GetByText("Enter your LinkedIn profile address, like")).ToBeVisibleAsync();
        await Expect(wizard.Page.GetByTestId("step-title")).ToHaveTextAsync("CV and LinkedIn");
        await wizard.ShotAsync("invalid-linkedin");
    }

    [Fact]
    public async Task Enter_in_a_one_line_field_submits_the_step_and_in_the_cv_text_starts_a_new_line()
    {
        var wizard = await WizardDriver.RegisterAsync(browser.Browser, BaseUrl, "onboard-enter");
        var years = wizard.Field("How many years of paid work have you done?");
        await years.FillAsync("6");
        await years.PressAsync("Enter");
        // A refused step shows why and stays: the second question is not answered yet.
        await Expect(wizard.Page.GetByTestId("editor-error")).ToContainTextAsync("Answer the second question too");
        await wizard.ExpectStepAsync("Your situation");
        await wizard.Page.GetByText("Keep growing in the field I work in", new() { Exact = true }).ClickAsync();
        await Expect(wizard.Page.GetByTestId("classification")).ToContainTextAsync("Experienced, growing in your field");
        await years.PressAsync("Enter");

        await wizard.ExpectStepAsync("CV and LinkedIn");
        var cv = wizard.Field("Your CV");
        await cv.FillAsync("Ana Pérez");
        await cv.PressAsync("Enter");
        await cv.PressSequentiallyAsync("Staff nurse");
        await Expect(cv).ToHaveValueAsync("Ana Pérez\nStaff nurse");
        // Events reach the server in order: had Enter in the CV submitted the step, this would be on the next one.
        var linkedIn = wizard.Field("LinkedIn profile address (optional)");
        await linkedIn.FillAsync("https://www.linkedin.com/company/acme");
        await linkedIn.PressAsync("Enter");
        await Expect(wizard.Page.GetByText("Enter your LinkedIn profile address, like")).ToBeVisibleAsync();
        await wizard.ExpectStepAsync("CV and LinkedIn");

        await linkedIn.FillAsync("https://www.linkedin.com/in/ana-perez");
        await linkedIn.PressAsync("Enter");

        await wizard.ExpectStepAsync("Work experience");
        await using var db = app.CreateContext();
        var profile = await db.UserProfiles.SingleAsync(p => p.LinkedinProfileUrl == "https://www.linkedin.com/in/ana-perez");
        Assert.Equal("Ana Pérez\nStaff nurse", profile.CvContent);
    }

    [Fact]
    public async Task Enter_in_a_one_line_field_of_a_profile_section_saves_that_section()
    {
        var wizard = await WizardDriver.RegisterAsync(browser.Browser, BaseUrl, "profile-enter");
        await wizard.Page.GotoAsync(BaseUrl + "profile");
        var name = wizard.Page.GetByTestId("contact-name");

        await name.FillAsync("Ana Pérez");
        await name.PressAsync("Enter");

        await Expect(wizard.Page.GetByText("Saved.")).ToBeVisibleAsync();
        await wizard.ShotAsync("profile-saved-by-enter");
        await wizard.Page.ReloadAsync();
        await Expect(wizard.Page.GetByTestId("contact-name")).ToHaveValueAsync("Ana Pérez");
    }

    [Fact]
    public async Task The_profile_page_edits_every_section_outside_the_wizard()
    {
        var wizard = await WizardDriver.RegisterAsync(browser.Browser, BaseUrl, "profile-page");
        await wizard.ClassifyAsync("2", "Keep growing in the field I work in", "Experienced, growing in your field");
        await wizard.Page.GotoAsync(BaseUrl + "profile");
        await Expect(wizard.Page.GetByRole(AriaRole.Heading, new() { Name = "Your profile" })).ToBeVisibleAsync();

        var personal = PersonalDetailsSection(wizard.Page);
        await personal.GetByLabel("Age", new() { Exact = true }).FillAsync("41");
        await personal.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(wizard.Page.GetByText("Saved.")).ToBeVisibleAsync();
        await wizard.ShotAsync("profile");

        await wizard.Page.ReloadAsync();
        await Expect(PersonalDetailsSection(wizard.Page).GetByLabel("Age", new() { Exact = true })).ToHaveValueAsync("41");
    }

    /// <summary>The profile's section headed "Personal details" (another section's intro mentions personal details).</summary>
    private static ILocator PersonalDetailsSection(IPage page) =>
        page.Locator(".profile-section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Personal details", Exact = true }) });

    [Fact]
    public async Task The_wizard_fits_a_phone_screen()
    {
        var wizard = await WizardDriver.RegisterAsync(browser.Browser, BaseUrl, "onboard-phone");
        await wizard.Page.SetViewportSizeAsync(390, 844);
        await wizard.ClassifyAsync("4", "Keep growing in the field I work in", "Experienced, growing in your field");
        await wizard.ExpectStepAsync("CV and LinkedIn");
        await wizard.NextAsync();
        await wizard.ExpectStepAsync("Work experience");
        await wizard.Page.GetByRole(AriaRole.Button, new() { Name = "Add a job" }).ClickAsync();
        await wizard.ShotAsync("phone-job-form");
        Assert.True(await wizard.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"),
            "The wizard scrolls sideways on a phone.");
    }

    private static async Task SkipToReviewAsync(WizardDriver wizard, params string[] steps)
    {
        foreach (var step in steps)
        {
            await wizard.ExpectStepAsync(step);
            await wizard.NextAsync();
        }
        if (steps[^1] is "About you" or "CV and LinkedIn")
        {
            await wizard.ExpectStepAsync("Review");
        }
    }
}
