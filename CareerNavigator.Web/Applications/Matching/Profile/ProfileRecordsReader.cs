using CareerNavigator.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Applications.Matching.Profile;

/// <summary>One user's records for matching, read in one context; callers pass the signed-in user's id only.</summary>
internal static class ProfileRecordsReader
{
    public static async Task<ProfileRecords> ForUserAsync(CareerNavigatorDbContext db, int userId, CancellationToken cancellationToken)
    {
        var jobs = await db.JobExperiences.AsNoTracking().Where(j => j.UserId == userId).ToListAsync(cancellationToken);
        var courses = await db.Courses.AsNoTracking().Where(c => c.UserId == userId).ToListAsync(cancellationToken);
        var education = await db.AcademicRecords.AsNoTracking().Where(a => a.UserId == userId).ToListAsync(cancellationToken);
        var languages = await db.UserProfiles.AsNoTracking().Where(p => p.UserId == userId).Select(p => p.Languages).SingleOrDefaultAsync(cancellationToken);
        var skills = await db.UserSkills.AsNoTracking().Where(s => s.UserId == userId).ToListAsync(cancellationToken);
        var answers = await db.SkillDecisions.AsNoTracking().Where(d => d.UserId == userId)
            .Join(db.EscoSkills, d => d.SkillId, s => s.Id, (d, s) => new { s.Uri, d.Confirmed })
            .ToDictionaryAsync(a => a.Uri, a => a.Confirmed, StringComparer.Ordinal, cancellationToken);
        return new ProfileRecords(jobs, courses, education, languages ?? [], skills, answers);
    }
}
