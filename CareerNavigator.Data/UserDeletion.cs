using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Data;

/// <summary>
/// Deletes a user's row and, through the database's cascades, every row that belongs to it. The versions the user sent
/// with applications are let go first, in the caller's transaction: PostgreSQL checks the sent version's NO ACTION key
/// at the end of each cascaded statement, so a sent version deleted through <c>users → generated_products</c> before
/// <c>users → job_applications → application_sent_versions</c> has run would make the whole delete fail.
/// </summary>
public static class UserDeletion
{
    /// <summary>Run inside a transaction, so the versions are let go only together with the account.</summary>
    public static async Task<int> DeleteUserAsync(this CareerNavigatorDbContext db, int userId, CancellationToken cancellationToken = default)
    {
        var applications = db.JobApplications.Where(a => a.UserId == userId).Select(a => a.Id);
        await db.SentVersions.IgnoreQueryFilters().Where(s => applications.Contains(s.JobApplicationId)).ExecuteDeleteAsync(cancellationToken);
        return await db.Users.Where(u => u.Id == userId).ExecuteDeleteAsync(cancellationToken);
    }
}
