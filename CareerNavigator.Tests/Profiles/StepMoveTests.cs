using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Onboarding;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Profiles;

/// <summary>Moving between wizard steps: one UPDATE of the progress row, or a new row for a user who has none.</summary>
public sealed class StepMoveTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task The_first_move_creates_the_progress_row()
    {
        var userId = await NewUserAsync();

        await Onboarding(userId).MoveToAsync(OnboardingStep.Goals);

        var state = await Onboarding(userId).GetAsync();
        Assert.Equal(OnboardingStep.Goals, state.CurrentStep);
        Assert.False(state.Completed);
    }

    [Fact]
    public async Task A_move_changes_the_step_and_keeps_the_answers()
    {
        var userId = await NewUserAsync();
        await Onboarding(userId).SaveChangeOfFieldAsync("Data analysis", "I like numbers");
        var before = await ProgressAsync(userId);

        await Onboarding(userId).MoveToAsync(OnboardingStep.Education);

        var after = await ProgressAsync(userId);
        Assert.Equal("education", after.CurrentStep);
        Assert.Equal("Data analysis", after.Answers.TargetField);
        Assert.Equal(before.CreatedAt, after.CreatedAt);
        Assert.True(after.UpdatedAt > before.UpdatedAt);
        Assert.Null(after.CompletedAt);
    }

    [Fact]
    public async Task Reaching_the_review_again_keeps_the_first_completion_time()
    {
        var userId = await NewUserAsync();
        await Onboarding(userId).MoveToAsync(OnboardingStep.Goals);
        await Onboarding(userId).MoveToAsync(OnboardingStep.Review);
        var completed = (await ProgressAsync(userId)).CompletedAt;

        await Onboarding(userId).MoveToAsync(OnboardingStep.Goals);
        await Onboarding(userId).MoveToAsync(OnboardingStep.Review);

        Assert.NotNull(completed);
        Assert.Equal(completed, (await ProgressAsync(userId)).CompletedAt);
    }

    [Fact]
    public async Task A_move_touches_only_the_signed_in_users_row()
    {
        var (a, b) = (await NewUserAsync(), await NewUserAsync());
        await Onboarding(b).MoveToAsync(OnboardingStep.Jobs);

        await Onboarding(a).MoveToAsync(OnboardingStep.Review);

        Assert.Equal(OnboardingStep.Jobs, (await Onboarding(b).GetAsync()).CurrentStep);
        Assert.Null((await ProgressAsync(b)).CompletedAt);
    }

    private OnboardingService Onboarding(int userId) => new(new TestContextFactory(database), TestCurrentUser.For(userId), TimeProvider.System);

    private async Task<int> NewUserAsync()
    {
        await using var db = database.CreateContext();
        return (await TestUsers.AddAsync(db, UserGroup.ExperiencedChanging)).Id;
    }

    private async Task<OnboardingProgress> ProgressAsync(int userId)
    {
        await using var db = database.CreateContext();
        return await db.OnboardingProgress.AsNoTracking().SingleAsync(p => p.UserId == userId);
    }
}
