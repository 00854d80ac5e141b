using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Import;

/// <summary>
/// Writes the sections of an import the user confirmed into the signed-in user's rows, in one transaction:
/// nothing that is already there is added again, and profile fields the user filled in are kept.
/// </summary>
public sealed class ProfileImportService(IDbContextFactory<CareerNavigatorDbContext> contextFactory, CurrentUser currentUser)
{
    public async Task<ImportOutcome> ApplyAsync(ImportedProfile imported, ImportSelection? selection = null, CancellationToken cancellationToken = default)
    {
        selection ??= ImportSelection.All;
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        // The strategy re-runs the whole unit after a transient failure, so each attempt starts afresh.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // A no-op update locks the user's row: a second import for the same user (a double click) waits
            // here until the first commits, then finds its rows and adds nothing twice.
            var locked = await db.Users.Where(u => u.Id == userId)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.UpdatedAt, u => u.UpdatedAt), ct);
            if (locked == 0)
            {
                throw new UnauthorizedAccessException("The signed-in account no longer exists.");
            }

            var notes = new List<string>();
            var profile = await ProfileMerge.ApplyAsync(db, userId, imported, selection, notes, ct);
            var outcome = new ImportOutcome
            {
                ProfileFields = profile.Fields,
                Languages = profile.Languages,
                LinkedinDataStored = profile.LinkedinDataStored,
                Jobs = selection.Jobs ? await AddJobsAsync(db, userId, imported.Jobs, notes, ct) : SectionOutcome.None,
                Courses = selection.Courses ? await AddCoursesAsync(db, userId, imported.Courses, ct) : SectionOutcome.None,
                Education = selection.Education ? await AddEducationAsync(db, userId, imported.Education, ct) : SectionOutcome.None,
                Notes = notes,
            };

            ColumnLengths.Fit(db);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return outcome;
        }, cancellationToken);
    }

    private static async Task<SectionOutcome> AddJobsAsync(
        CareerNavigatorDbContext db, int userId, IReadOnlyList<ImportedJob> jobs, List<string> notes, CancellationToken ct)
    {
        var existing = (await db.JobExperiences.Where(j => j.UserId == userId)
                .Select(j => new { j.CompanyName, j.Position, j.StartDate }).ToListAsync(ct))
            .Select(j => ImportMatching.Job(j.CompanyName, j.Position, j.StartDate)).ToHashSet();
        int added = 0, skipped = 0;
        foreach (var job in jobs)
        {
            if (job.StartDate is not { } start)
            {
                notes.Add($"\"{job.Position}\" at {job.CompanyName} has no start date, so it wasn't imported; add it by hand.");
                skipped++;
                continue;
            }
            if (!existing.Add(ImportMatching.Job(job.CompanyName, job.Position, start)))
            {
                skipped++;
                continue;
            }
            db.JobExperiences.Add(new JobExperience
            {
                UserId = userId,
                CompanyName = job.CompanyName,
                Position = job.Position,
                Description = job.Description,
                StartDate = start,
                EndDate = job.IsCurrent ? null : job.EndDate,
                IsCurrent = job.IsCurrent,
                Location = job.Location,
                Achievements = [.. job.Achievements],
                SkillsUsed = [.. job.Skills],
            });
            added++;
        }
        return new SectionOutcome(added, skipped);
    }

    private static async Task<SectionOutcome> AddCoursesAsync(
        CareerNavigatorDbContext db, int userId, IReadOnlyList<ImportedCourse> courses, CancellationToken ct)
    {
        var existing = (await db.Courses.Where(c => c.UserId == userId)
                .Select(c => new { c.CourseName, c.CompletionDate }).ToListAsync(ct))
            .Select(c => ImportMatching.Course(c.CourseName, c.CompletionDate)).ToHashSet();
        var added = 0;
        foreach (var course in courses.Where(c => existing.Add(ImportMatching.Course(c.Name, c.CompletionDate))))
        {
            db.Courses.Add(new Course
            {
                UserId = userId,
                CourseName = course.Name,
                Institution = course.Institution,
                Provider = course.Provider,
                Description = course.Description,
                CompletionDate = course.CompletionDate,
                CertificateUrl = course.Url,
                SkillsLearned = [.. course.Skills],
                DurationHours = course.DurationHours,
            });
            added++;
        }
        return new SectionOutcome(added, courses.Count - added);
    }

    private static async Task<SectionOutcome> AddEducationAsync(
        CareerNavigatorDbContext db, int userId, IReadOnlyList<ImportedEducation> education, CancellationToken ct)
    {
        var existing = (await db.AcademicRecords.Where(a => a.UserId == userId)
                .Select(a => new { a.InstitutionName, a.Degree, a.StartDate }).ToListAsync(ct))
            .Select(a => ImportMatching.Education(a.InstitutionName, a.Degree, a.StartDate)).ToHashSet();
        var added = 0;
        foreach (var record in education.Where(e => existing.Add(ImportMatching.Education(e.Institution, e.Degree, e.StartDate))))
        {
            db.AcademicRecords.Add(new AcademicRecord
            {
                UserId = userId,
                InstitutionName = record.Institution,
                Degree = record.Degree,
                FieldOfStudy = record.FieldOfStudy,
                StartDate = record.StartDate,
                EndDate = record.EndDate,
                Gpa = record.Gpa,
                Honors = record.Honors,
                Description = record.Description,
                Location = record.Location,
            });
            added++;
        }
        return new SectionOutcome(added, education.Count - added);
    }
}
