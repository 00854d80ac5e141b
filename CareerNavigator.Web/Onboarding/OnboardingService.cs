using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Profiles;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Onboarding;

public sealed record OnboardingState(UserGroup? Group, OnboardingStep CurrentStep, OnboardingAnswers Answers, bool Completed)
{
    public IReadOnlyList<OnboardingStep> Path => OnboardingPath.For(Group);
}

/// <summary>The signed-in user's place in the wizard and the answers that are not seed columns.</summary>
public sealed class OnboardingService(IDbContextFactory<CareerNavigatorDbContext> contextFactory, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<OnboardingState> GetAsync(CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // One round trip: every wizard step reads this, so it is on the path of each "Save and continue".
        var row = await (
                from u in db.Users.AsNoTracking()
                where u.Id == userId
                join p in db.OnboardingProgress.AsNoTracking() on u.Id equals p.UserId into progresses
                from p in progresses.DefaultIfEmpty()
                select new { u.UserGroup, Progress = p })
            .SingleAsync(cancellationToken);
        var (group, progress) = (row.UserGroup, row.Progress);
        var step = OnboardingSteps.FromKey(progress?.CurrentStep) ?? OnboardingStep.Situation;
        if (!OnboardingPath.For(group).Contains(step))
        {
            step = OnboardingStep.Situation;
        }
        return new OnboardingState(group, step, progress?.Answers ?? new OnboardingAnswers(), progress?.CompletedAt is not null);
    }

    /// <summary>Stores the classification answers and the group the user confirmed (possibly not the suggested one).</summary>
    public async Task SaveClassificationAsync(ClassificationAnswers answers, UserGroup confirmedGroup, CancellationToken cancellationToken = default)
    {
        if (!double.IsFinite(answers.YearsOfPaidWork) || answers.YearsOfPaidWork is < 0 or > 60)
        {
            throw new FormValidationException([new("Enter a number of years from 0 to 60.", [nameof(answers.YearsOfPaidWork)])]);
        }
        if (!Enum.IsDefined(confirmedGroup))
        {
            throw new FormValidationException([new("Pick the description that fits you best.", [nameof(confirmedGroup)])]);
        }
        var suggested = UserGroupClassifier.Classify(answers).Group;
        await UpdateAsync(cancellationToken, (user, progress) =>
        {
            user.UserGroup = confirmedGroup;
            progress.Answers = progress.Answers with
            {
                YearsOfPaidWork = answers.YearsOfPaidWork,
                ChangingField = answers.ChangingField,
                HasClearGoal = answers.HasClearGoal,
                SuggestedGroup = suggested,
            };
        });
    }

    public Task SaveChangeOfFieldAsync(string? targetField, string? reason, CancellationToken cancellationToken = default)
    {
        if (targetField?.Length > 200 || reason?.Length > 2000)
        {
            throw new FormValidationException([new("Keep the field under 200 and the reason under 2,000 characters.")]);
        }
        StorableText.Ensure([targetField, reason], "ChangeOfField");
        return UpdateProgressAsync(cancellationToken, progress => progress.Answers = progress.Answers with
        {
            TargetField = FormRules.Clean(targetField),
            ChangeReason = FormRules.Clean(reason),
        });
    }

    public Task SaveInterestsAsync(IReadOnlyList<string> interests, CancellationToken cancellationToken = default)
    {
        var problems = FormRules.ShortList(interests, "Interests", "interests", 20, 60).ToList();
        if (problems.Count > 0)
        {
            throw new FormValidationException(problems);
        }
        StorableText.Ensure(interests, "Interests");
        return UpdateProgressAsync(cancellationToken, progress => progress.Answers = progress.Answers with { Interests = FormRules.Clean(interests) });
    }

    /// <summary>
    /// Every "Save and continue" and "Back" moves, so this is one UPDATE (no read of the row first); a user who has
    /// no progress row yet gets one first, and the same UPDATE then moves it.
    /// </summary>
    public async Task MoveToAsync(OnboardingStep step, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        if (await MoveRowAsync(userId, step, cancellationToken) == 0)
        {
            await UpdateProgressAsync(cancellationToken, _ => { });
            await MoveRowAsync(userId, step, cancellationToken);
        }
    }

    /// <summary>
    /// SQL, not <c>ExecuteUpdate</c>: every click runs this, and with thousands of open wizards EF's LINQ pipeline
    /// (building the expression, finding it in the query cache, extracting its parameters) cost more than the
    /// statement itself. EF 10 cannot compile an <c>ExecuteUpdate</c> ahead, as it does queries.
    /// </summary>
    private async Task<int> MoveRowAsync(int userId, OnboardingStep step, CancellationToken cancellationToken)
    {
        var (key, now, completes) = (step.Key(), clock.GetUtcNow().UtcDateTime, step == OnboardingStep.Review);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Database.ExecuteSqlAsync($"""
            UPDATE onboarding_progress
            SET current_step = {key}, updated_at = {now},
                completed_at = CASE WHEN {completes} AND completed_at IS NULL THEN {now} ELSE completed_at END
            WHERE user_id = {userId}
            """, cancellationToken);
    }

    private async Task UpdateAsync(CancellationToken cancellationToken, Action<User, OnboardingProgress> change)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.SingleAsync(u => u.Id == userId, cancellationToken);
        change(user, await ProgressAsync(db, userId, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Changes the progress row alone (moving between steps, answers kept outside the seed columns): the user row is not read.</summary>
    private async Task UpdateProgressAsync(CancellationToken cancellationToken, Action<OnboardingProgress> change)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        change(await ProgressAsync(db, userId, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<OnboardingProgress> ProgressAsync(CareerNavigatorDbContext db, int userId, CancellationToken cancellationToken)
    {
        var progress = await db.OnboardingProgress.SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (progress is null)
        {
            progress = new OnboardingProgress { UserId = userId };
            db.OnboardingProgress.Add(progress);
        }
        return progress;
    }
}
