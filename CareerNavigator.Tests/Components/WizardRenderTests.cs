using Bunit;
using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Components.Pages.Onboarding;
using CareerNavigator.Web.Onboarding;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Components;

/// <summary>
/// The wizard renders a click's result when the save and the move are done (not also at the first await, which rebuilt
/// the whole step for nothing); a slow save still shows the busy buttons while it runs.
/// </summary>
public sealed class WizardRenderTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task Save_and_continue_then_back_move_one_step_each_and_leave_the_buttons_enabled()
    {
        var (ctx, _) = await ContextOnTheGoalsStepAsync();
        await using var _ = ctx;
        var wizard = RenderWizard(ctx);

        await wizard.Find("[data-testid=wizard-next]").TriggerEventAsync("onclick", new MouseEventArgs());

        wizard.WaitForAssertion(() => Assert.Equal("Education", wizard.Find("[data-testid=step-title]").TextContent));
        Assert.False(wizard.Find("[data-testid=wizard-next]").HasAttribute("disabled"));
        await wizard.Find("[data-testid=wizard-back]").TriggerEventAsync("onclick", new MouseEventArgs());
        wizard.WaitForAssertion(() => Assert.Equal("Goals", wizard.Find("[data-testid=step-title]").TextContent));
        Assert.False(wizard.Find("[data-testid=wizard-back]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task A_slow_save_shows_saving_with_the_buttons_disabled_then_moves_on()
    {
        var (ctx, slow) = await ContextOnTheGoalsStepAsync();
        await using var _ = ctx;
        var wizard = RenderWizard(ctx);
        slow.Delay = TimeSpan.FromSeconds(3);

        var click = wizard.Find("[data-testid=wizard-next]").TriggerEventAsync("onclick", new MouseEventArgs());

        wizard.WaitForAssertion(() =>
        {
            Assert.Equal("Saving…", wizard.Find("[data-testid=wizard-next]").TextContent.Trim());
            Assert.True(wizard.Find("[data-testid=wizard-next]").HasAttribute("disabled"));
            Assert.True(wizard.Find("[data-testid=wizard-back]").HasAttribute("disabled"));
        });
        await click;
        wizard.WaitForAssertion(() => Assert.Equal("Education", wizard.Find("[data-testid=step-title]").TextContent), TimeSpan.FromSeconds(15));
        Assert.Equal("Save and continue", wizard.Find("[data-testid=wizard-next]").TextContent.Trim());
        Assert.False(wizard.Find("[data-testid=wizard-next]").HasAttribute("disabled"));
    }

    private static IRenderedComponent<OnboardingWizard> RenderWizard(BunitContext ctx)
    {
        var wizard = ctx.Render<OnboardingWizard>();
        // The step's own data loads after the wizard's: a click before that saves nothing and stays, as it should.
        wizard.WaitForAssertion(() =>
        {
            Assert.Equal("Goals", wizard.Find("[data-testid=step-title]").TextContent);
            Assert.NotEmpty(wizard.FindAll("textarea"));
        });
        return wizard;
    }

    private async Task<(BunitContext Context, SlowContextFactory Database)> ContextOnTheGoalsStepAsync()
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db, UserGroup.InexperiencedWithGoal);
        db.OnboardingProgress.Add(new OnboardingProgress { UserId = user.Id, CurrentStep = OnboardingStep.Goals.Key() });
        await db.SaveChangesAsync();
        var ctx = ComponentTestContext.Create(database).WithProfileServices();
        var slow = new SlowContextFactory(database);
        ctx.Services.AddSingleton<IDbContextFactory<CareerNavigatorDbContext>>(slow);
        ctx.SignIn(user.Id, user.Email!);
        // Resolves the renderer, so every service must be registered before.
        ctx.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return (ctx, slow);
    }

    /// <summary>Real contexts on the test database, handed out after <see cref="Delay"/>: a database under strain.</summary>
    private sealed class SlowContextFactory(MigratedDatabase database) : IDbContextFactory<CareerNavigatorDbContext>
    {
        public TimeSpan Delay { get; set; }

        public CareerNavigatorDbContext CreateDbContext() => database.CreateContext();

        public async Task<CareerNavigatorDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
        {
            await Task.Delay(Delay, cancellationToken);
            return database.CreateContext();
        }
    }
}
