using Bunit;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tests.Occupations;
using CareerNavigator.Web.Applications.Matching;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Applications.Matching;

/// <summary>The match panel in an interactive circuit, over a real database with the ESCO sample, for a signed-in user.</summary>
public sealed class MatchPanelTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>, IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private const string Advert = """
        Bilingual Travel Consultant
        Sol y Mar Holidays, Leeds

        Requirements
        - Spanish at C1 level
        - Full UK driving licence (Category B)
        - Experience with Power BI

        Nice to have
        - French
        """;

    public Task InitializeAsync() => OccupationPageContext.SeedOnceAsync(database);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_score_is_shown_with_every_requirement_met_by_its_record_or_missing_with_what_to_do()
    {
        var user = await UserWithProfileAsync();
        await using var ctx = Context(user);

        var panel = ctx.Render<MatchPanel>(p => p.Add(x => x.AdvertText, Advert));

        panel.WaitForElement("[data-testid=match-score]", Patience);
        // Driving licence (required, 3) and French (preferred, 1) of 3 + 3 + 3 + 1.
        Assert.Equal("40% match", Normal(panel.Find("[data-testid=match-score]").TextContent));
        Assert.Contains("You meet 1 of 3 required and 1 of 1 preferred requirements.", Normal(panel.Find("[data-testid=match-counts]").TextContent));
        var items = panel.FindAll("[data-testid=requirement]");
        Assert.Equal(4, items.Count);
        var licence = Item(panel, "Driving licence, category B");
        Assert.Equal("true", licence.GetAttribute("data-met"));
        Assert.Contains("Profile skill: Driving licence category B", licence.QuerySelector("[data-testid=requirement-evidence]")!.TextContent);
        Assert.EndsWith("driving licence (Category B)", licence.QuerySelector("mark")!.TextContent);
        Assert.Contains("Full UK driving licence (Category B)", Normal(licence.QuerySelector("[data-testid=requirement-quote]")!.TextContent));
        var spanish = Item(panel, "Spanish (C1 or above)");
        Assert.Equal("false", spanish.GetAttribute("data-met"));
        Assert.Contains("Your profile has Spanish at B2", spanish.QuerySelector("[data-testid=requirement-shortfall]")!.TextContent);
        Assert.Contains("DELE", spanish.QuerySelector("[data-testid=requirement-advice]")!.TextContent);
        Assert.NotNull(spanish.QuerySelector("[data-testid=i-have-this]"));
        Assert.Equal(3, panel.FindAll("[data-testid=requirements-required] [data-testid=requirement]").Count);
        Assert.Single(panel.FindAll("[data-testid=requirements-preferred] [data-testid=requirement]"));
    }

    [Fact]
    public async Task I_have_this_on_a_language_asks_where_saves_the_level_and_scores_again()
    {
        var user = await UserWithProfileAsync();
        await using var ctx = Context(user);
        var panel = ctx.Render<MatchPanel>(p => p.Add(x => x.AdvertText, Advert));
        panel.WaitForElement("[data-testid=match-score]", Patience);

        await panel.InvokeAsync(() => Item(panel, "Spanish (C1 or above)").QuerySelector("[data-testid=i-have-this]")!.Click());

        var form = panel.WaitForElement("[data-testid=have-this]", Patience);
        Assert.Contains("Where does your profile show “Spanish (C1 or above)”?", form.TextContent);
        Assert.Equal(["My languages"], panel.FindAll("[data-testid=have-this-kinds] label").Select(l => l.TextContent.Trim()));
        Assert.Equal("Spanish", panel.Find("input[data-testid=have-this-name]").GetAttribute("value"));
        await panel.InvokeAsync(() => panel.Find("[data-testid=have-this] form").Submit());

        panel.WaitForAssertion(() => Assert.Equal("70% match", Normal(panel.Find("[data-testid=match-score]").TextContent)), Patience);
        Assert.Equal("true", Item(panel, "Spanish (C1 or above)").GetAttribute("data-met"));
        Assert.Empty(panel.FindAll("[data-testid=have-this]"));
        Assert.Equal("Spanish at C1 is on your profile. The match is now 70%.", panel.Find("[data-testid=match-announcement]").TextContent);
        await using var db = database.CreateContext();
        var languages = await db.UserProfiles.Where(p => p.UserId == user.Id).Select(p => p.Languages).SingleAsync();
        Assert.Contains(new LanguageSkill("Spanish", "C1"), languages);
        Assert.Equal(2, languages.Count);
    }

    [Fact]
    public async Task I_have_this_on_a_skill_adds_it_to_the_profile_skills_and_scores_again()
    {
        var user = await UserWithProfileAsync();
        await using var ctx = Context(user);
        var panel = ctx.Render<MatchPanel>(p => p.Add(x => x.AdvertText, Advert));
        panel.WaitForElement("[data-testid=match-score]", Patience);

        await panel.InvokeAsync(() => Item(panel, "Power BI").QuerySelector("[data-testid=i-have-this]")!.Click());
        panel.WaitForElement("[data-testid=have-this]", Patience);
        Assert.Equal(["A skill of my profile", "A job", "A course or certificate"], panel.FindAll("[data-testid=have-this-kinds] label").Select(l => l.TextContent.Trim()));
        Assert.Equal("Power BI", panel.Find("input[data-testid=have-this-name]").GetAttribute("value"));
        await panel.InvokeAsync(() => panel.Find("[data-testid=have-this] form").Submit());

        panel.WaitForAssertion(() => Assert.Equal("70% match", Normal(panel.Find("[data-testid=match-score]").TextContent)), Patience);
        Assert.Contains("Profile skill: Power BI", Item(panel, "Power BI").QuerySelector("[data-testid=requirement-evidence]")!.TextContent);
        await using var db = database.CreateContext();
        Assert.True(await db.UserSkills.AnyAsync(s => s.UserId == user.Id && s.NormalizedName == "power bi" && s.Confirmed));
    }

    [Fact]
    public async Task A_form_the_profile_refuses_keeps_the_score_and_says_why_next_to_the_field()
    {
        var user = await UserWithProfileAsync();
        await using var ctx = Context(user);
        var panel = ctx.Render<MatchPanel>(p => p.Add(x => x.AdvertText, Advert));
        panel.WaitForElement("[data-testid=match-score]", Patience);
        await panel.InvokeAsync(() => Item(panel, "Power BI").QuerySelector("[data-testid=i-have-this]")!.Click());
        panel.WaitForElement("[data-testid=have-this]", Patience);

        await panel.InvokeAsync(() => panel.Find("input[data-testid=have-this-name]").Change(" "));
        await panel.InvokeAsync(() => panel.Find("[data-testid=have-this] form").Submit());

        panel.WaitForAssertion(() => Assert.Contains("Type the name of the skill.", panel.Find("[data-testid=have-this]").TextContent), Patience);
        Assert.Equal("40% match", Normal(panel.Find("[data-testid=match-score]").TextContent));
    }

    [Fact]
    public async Task Cancel_closes_the_question_and_changes_nothing()
    {
        var user = await UserWithProfileAsync();
        await using var ctx = Context(user);
        var panel = ctx.Render<MatchPanel>(p => p.Add(x => x.AdvertText, Advert));
        panel.WaitForElement("[data-testid=match-score]", Patience);
        await panel.InvokeAsync(() => Item(panel, "Power BI").QuerySelector("[data-testid=i-have-this]")!.Click());

        await panel.InvokeAsync(() => panel.Find("[data-testid=have-this-cancel]").Click());

        panel.WaitForAssertion(() => Assert.Empty(panel.FindAll("[data-testid=have-this]")), Patience);
        Assert.NotNull(Item(panel, "Power BI").QuerySelector("[data-testid=i-have-this]"));
        await using var db = database.CreateContext();
        Assert.False(await db.UserSkills.AnyAsync(s => s.UserId == user.Id && s.NormalizedName == "power bi"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    public async Task An_empty_advert_is_not_read(string text)
    {
        var user = await UserWithProfileAsync();
        await using var ctx = Context(user);

        var panel = ctx.Render<MatchPanel>(p => p.Add(x => x.AdvertText, text));

        Assert.Equal("Paste the advert's text.", panel.WaitForElement("[data-testid=match-invalid]", Patience).TextContent.Trim());
        Assert.Empty(panel.FindAll("[data-testid=match-score]"));
    }

    [Fact]
    public async Task An_advert_longer_than_any_advert_is_refused_with_the_limit()
    {
        var user = await UserWithProfileAsync();
        await using var ctx = Context(user);

        var panel = ctx.Render<MatchPanel>(p => p.Add(x => x.AdvertText, new string('x', AdvertForm.MaxLength + 1)));

        Assert.Contains("at most 20,000 characters", panel.WaitForElement("[data-testid=match-invalid]", Patience).TextContent);
    }

    [Fact]
    public async Task Another_users_records_never_meet_a_requirement()
    {
        var user = await UserWithProfileAsync();
        var other = await UserWithProfileAsync(languages: [new LanguageSkill("Spanish", "native")], skills: ["Power BI"]);
        await using var ctx = Context(user);

        var panel = ctx.Render<MatchPanel>(p => p.Add(x => x.AdvertText, Advert));

        panel.WaitForElement("[data-testid=match-score]", Patience);
        Assert.Equal("false", Item(panel, "Spanish (C1 or above)").GetAttribute("data-met"));
        Assert.Equal("false", Item(panel, "Power BI").GetAttribute("data-met"));
        Assert.DoesNotContain("native", panel.Markup);
        Assert.NotEqual(user.Id, other.Id);
    }

    private BunitContext Context(User user)
    {
        var ctx = ComponentTestContext.Create(database).WithProfileServices();
        ctx.Services.AddScoped<AdvertMatchService>();
        ctx.SignIn(user.Id, user.Email!);
        ctx.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return ctx;
    }

    private async Task<User> UserWithProfileAsync(List<LanguageSkill>? languages = null, string[]? skills = null)
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db);
        db.UserProfiles.Add(new UserProfile { UserId = user.Id, Languages = languages ?? [new("Spanish", "B2"), new("French", "B1")] });
        foreach (var name in skills ?? ["Driving licence category B"])
        {
            db.UserSkills.Add(new UserSkill { UserId = user.Id, Name = name, NormalizedName = UserSkill.Normalize(name), Source = SkillSource.Typed, Confirmed = true });
        }
        await db.SaveChangesAsync();
        return user;
    }

    private static AngleSharp.Dom.IElement Item(IRenderedComponent<MatchPanel> panel, string label) =>
        panel.FindAll("[data-testid=requirement]").Single(i => i.QuerySelector("[data-testid=requirement-label]")!.TextContent == label);

    private static string Normal(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
