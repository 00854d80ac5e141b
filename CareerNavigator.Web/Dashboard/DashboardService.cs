using CareerNavigator.Data;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Applications;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Onboarding;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Dashboard;

/// <summary>What the signed-in user's dashboard shows; reads only that user's rows.</summary>
public sealed class DashboardService(
    IDbContextFactory<CareerNavigatorDbContext> contextFactory, ICurrentUser currentUser, TimeProvider clock, ILogger<DashboardService> logger)
{
    public async Task<DashboardSummary> GetForCurrentUserAsync(CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                u.Email,
                u.UserGroup,
                u.Profile,
                Jobs = u.JobExperiences.Count,
                Courses = u.Courses.Count,
                Education = u.AcademicRecords.Count,
            })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new UnauthorizedAccessException("The signed-in account no longer exists.");

        var products = await ProductSummaryQuery.ForUserAsync(db, userId, logger, cancellationToken);

        var progress = await db.OnboardingProgress.AsNoTracking()
            .Where(p => p.UserId == userId)
            .Select(p => new { p.CurrentStep, p.CompletedAt })
            .SingleOrDefaultAsync(cancellationToken);

        var nextActions = await NextActionsDue.ForUserAsync(db, userId, clock.GetUtcNow(), cancellationToken);

        return new DashboardSummary(
            user.Email ?? "",
            user.UserGroup,
            ProfileCompleteness.Sections(user.UserGroup, user.Profile, user.Jobs, user.Courses, user.Education),
            user.Jobs, user.Courses, user.Education,
            products,
            progress is null ? null : OnboardingSteps.FromKey(progress.CurrentStep),
            progress?.CompletedAt is not null,
            nextActions);
    }
}
