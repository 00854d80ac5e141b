using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Admin;

/// <summary>Opens one user's whole record for an admin; every opening is written to the audit log.</summary>
public sealed class AdminUserRecordService(
    IDbContextFactory<CareerNavigatorDbContext> contextFactory, AdminGuard guard, ILogger<AdminUserRecordService> logger)
{
    /// <summary>The record, or null when no such user exists (nothing is audited then).</summary>
    public async Task<AdminUserRecord?> OpenAsync(int userId, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var record = await AdminUserRecordQuery.LoadAsync(db, userId, logger, cancellationToken);
        if (record is null)
        {
            return null;
        }

        AuditTrail.Add(db, actor, AdminAction.ViewRecord, userId, record.Account.Email);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }
}

internal static class AdminUserRecordQuery
{
    public static async Task<AdminUserRecord?> LoadAsync(CareerNavigatorDbContext db, int userId, ILogger logger, CancellationToken cancellationToken)
    {
        var account = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (account is null)
        {
            return null;
        }

        var roles = await db.UserRoles.Where(r => r.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync(cancellationToken);
        var profile = await db.UserProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        var onboarding = await db.OnboardingProgress.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        var jobs = await db.JobExperiences.AsNoTracking().Where(j => j.UserId == userId)
            .OrderByDescending(j => j.StartDate).ToListAsync(cancellationToken);
        var courses = await db.Courses.AsNoTracking().Where(c => c.UserId == userId)
            .OrderByDescending(c => c.CompletionDate).ToListAsync(cancellationToken);
        var education = await db.AcademicRecords.AsNoTracking().Where(a => a.UserId == userId)
            .OrderByDescending(a => a.StartDate).ToListAsync(cancellationToken);
        await UnknownProductTypeRows.LogSkippedAsync(db, userId, logger, cancellationToken);
        var products = await db.GeneratedProducts.AsNoTracking().Where(g => g.UserId == userId)
            .OrderBy(g => g.ProductType).ThenByDescending(g => g.Version).ToListAsync(cancellationToken);
        var applications = await db.JobApplications.CountAsync(a => a.UserId == userId, cancellationToken);
        return new AdminUserRecord(account, roles, profile, onboarding, jobs, courses, education, products, applications);
    }
}
