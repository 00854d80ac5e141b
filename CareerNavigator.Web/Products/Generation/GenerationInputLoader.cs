using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Occupations.Targets;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Products.Generation;

/// <summary>Reads everything a generator may use about one user, without tracking, in one context.</summary>
public sealed class GenerationInputLoader(IDbContextFactory<CareerNavigatorDbContext> contextFactory, CareerTargetFinder targets)
{
    /// <summary>
    /// The user's rows in display order (current job first, then newest; newest courses and studies first),
    /// or null when the user does not exist. A user without a profile gets an empty one. The profile's
    /// <see cref="UserProfile.User"/> carries only the account's id, email and group (the CV's contact line).
    /// </summary>
    public async Task<GenerationInput?> LoadAsync(int userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var account = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.Id, u.Email, u.UserGroup })
            .SingleOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            return null;
        }

        var profile = await db.UserProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken)
                      ?? new UserProfile { UserId = userId };
        profile.User = new User { Id = account.Id, Email = account.Email, UserGroup = account.UserGroup };

        var jobs = await db.JobExperiences.AsNoTracking().Where(j => j.UserId == userId).ToListAsync(cancellationToken);
        var courses = await db.Courses.AsNoTracking().Where(c => c.UserId == userId).ToListAsync(cancellationToken);
        var education = await db.AcademicRecords.AsNoTracking().Where(a => a.UserId == userId).ToListAsync(cancellationToken);
        var skills = await db.UserSkills.AsNoTracking().Where(s => s.UserId == userId && s.Confirmed)
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).Select(s => s.Name).ToListAsync(cancellationToken);
        var confirmed = await db.ConfirmedFacts.AsNoTracking().Where(f => f.UserId == userId)
            .Select(f => new { f.Kind, f.Text }).ToListAsync(cancellationToken);

        // Sorted here rather than in SQL: PostgreSQL and SQLite order NULLs differently.
        return new GenerationInput(
            userId, account.UserGroup, profile, RecordOrder.Jobs(jobs), RecordOrder.Courses(courses), RecordOrder.Education(education),
            await targets.ForUserAsync(userId, profile, cancellationToken))
        {
            Skills = skills,
            ConfirmedFacts = [.. confirmed.Select(f => (f.Kind, f.Text))],
        };
    }
}
