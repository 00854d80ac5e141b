using CareerNavigator.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Admin;

/// <summary>How many rows of each table belong to one user: recorded in the audit entry of a deletion.</summary>
public sealed record UserRowCounts(IReadOnlyDictionary<string, int> PerTable)
{
    public string Describe() => "Deleted rows: " + string.Join(", ", PerTable.Where(p => p.Value > 0).Select(p => $"{p.Key} {p.Value}"));
}

internal static class AdminUserRows
{
    public static async Task<UserRowCounts> CountAsync(CareerNavigatorDbContext db, int userId, CancellationToken cancellationToken) =>
        new(new Dictionary<string, int>
        {
            ["users"] = await db.Users.CountAsync(u => u.Id == userId, cancellationToken),
            ["user_profiles"] = await db.UserProfiles.CountAsync(r => r.UserId == userId, cancellationToken),
            ["onboarding_progress"] = await db.OnboardingProgress.CountAsync(r => r.UserId == userId, cancellationToken),
            ["job_experiences"] = await db.JobExperiences.CountAsync(r => r.UserId == userId, cancellationToken),
            ["courses"] = await db.Courses.CountAsync(r => r.UserId == userId, cancellationToken),
            ["academic_records"] = await db.AcademicRecords.CountAsync(r => r.UserId == userId, cancellationToken),
            ["generated_products"] = await db.GeneratedProducts.CountAsync(r => r.UserId == userId, cancellationToken),
            ["user_roles"] = await db.UserRoles.CountAsync(r => r.UserId == userId, cancellationToken),
            ["user_claims"] = await db.UserClaims.CountAsync(r => r.UserId == userId, cancellationToken),
            ["user_logins"] = await db.UserLogins.CountAsync(r => r.UserId == userId, cancellationToken),
            ["user_tokens"] = await db.UserTokens.CountAsync(r => r.UserId == userId, cancellationToken),
        });
}
