using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Profiles.Skills;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Import;

/// <summary>
/// Writes the sections of an import the user confirmed into the signed-in user's rows, in one transaction:
/// nothing that is already there is added again, and profile fields the user filled in are kept.
/// </summary>
public sealed class ProfileImportService(IDbContextFactory<CareerNavigatorDbContext> contextFactory, ICurrentUser currentUser)
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
                Skills = selection.Skills ? await AddSkillsAsync(db, userId, imported, notes, ct) : SectionOutcome.None,
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
        var undated = jobs.Where(j => j.StartDate is null).ToList();
        foreach (var job in undated)
        {
            notes.Add($"\"{job.Position}\" at {job.CompanyName} has no start date, so it wasn't imported; add it by hand.");
        }
        var dated = await AddMissingAsync(db.JobExperiences, db.JobExperiences.Where(j => j.UserId == userId),
            j => ImportMatching.Job(j.CompanyName, j.Position, j.StartDate),
            jobs.Where(j => j.StartDate is not null).ToList(),
            j => ImportMatching.Job(j.CompanyName, j.Position, j.StartDate!.Value),
            job => new JobExperience
            {
                UserId = userId,
                CompanyName = job.CompanyName,
                Position = job.Position,
                Description = job.Description,
                StartDate = job.StartDate!.Value,
                StartDatePrecision = job.StartDatePrecision,
                EndDate = job.IsCurrent ? null : job.EndDate,
                EndDatePrecision = job.EndDatePrecision,
                IsCurrent = job.IsCurrent,
                Location = job.Location,
                Achievements = [.. job.Achievements],
                SkillsUsed = [.. job.Skills],
            }, ct);
        return dated with { Skipped = dated.Skipped + undated.Count };
    }

    private static Task<SectionOutcome> AddCoursesAsync(
        CareerNavigatorDbContext db, int userId, IReadOnlyList<ImportedCourse> courses, CancellationToken ct) =>
        AddMissingAsync(db.Courses, db.Courses.Where(c => c.UserId == userId),
            c => ImportMatching.Course(c.CourseName, c.CompletionDate),
            courses,
            c => ImportMatching.Course(c.Name, c.CompletionDate),
            course => new Course
            {
                UserId = userId,
                CourseName = course.Name,
                Institution = course.Institution,
                Provider = course.Provider,
                Description = course.Description,
                CompletionDate = course.CompletionDate,
                CompletionDatePrecision = course.CompletionDatePrecision,
                CertificateUrl = course.Url,
                SkillsLearned = [.. course.Skills],
                DurationHours = course.DurationHours,
            }, ct);

    private static Task<SectionOutcome> AddEducationAsync(
        CareerNavigatorDbContext db, int userId, IReadOnlyList<ImportedEducation> education, CancellationToken ct) =>
        AddMissingAsync(db.AcademicRecords, db.AcademicRecords.Where(a => a.UserId == userId),
            a => ImportMatching.Education(a.InstitutionName, a.Degree, a.StartDate),
            education,
            e => ImportMatching.Education(e.Institution, e.Degree, e.StartDate),
            record => new AcademicRecord
            {
                UserId = userId,
                InstitutionName = record.Institution,
                Degree = record.Degree,
                FieldOfStudy = record.FieldOfStudy,
                StartDate = record.StartDate,
                StartDatePrecision = record.StartDatePrecision,
                EndDate = record.EndDate,
                EndDatePrecision = record.EndDatePrecision,
                Gpa = record.Gpa,
                Honors = record.Honors,
                Description = record.Description,
                Location = record.Location,
            }, ct);

    /// <summary>
    /// Adds the skills not on the profile yet, confirmed (the user's own file states them) and with the file's source; a
    /// skill already there keeps its source and level. Past <see cref="UserSkillService.MaxSkills"/> the rest is left out.
    /// </summary>
    private static async Task<SectionOutcome> AddSkillsAsync(
        CareerNavigatorDbContext db, int userId, ImportedProfile imported, List<string> notes, CancellationToken ct)
    {
        var existing = await db.UserSkills.Where(s => s.UserId == userId).Select(s => s.NormalizedName).ToListAsync(ct);
        var keys = existing.ToHashSet();
        var room = UserSkillService.MaxSkills - keys.Count;
        var added = 0;
        var full = 0;
        foreach (var skill in imported.Skills)
        {
            var name = skill.Name.Length > UserSkill.MaxNameLength ? skill.Name[..UserSkill.MaxNameLength].TrimEnd() : skill.Name;
            if (!keys.Add(UserSkill.Normalize(name)))
            {
                continue;
            }
            if (added == room)
            {
                full++;
                continue;
            }
            db.UserSkills.Add(new UserSkill
            {
                UserId = userId, Name = name, NormalizedName = UserSkill.Normalize(name), Level = skill.Level,
                Source = imported.SkillSource, Confirmed = true,
            });
            added++;
        }
        if (full > 0)
        {
            notes.Add($"{full} skill(s) were left out: a profile holds at most {UserSkillService.MaxSkills} skills.");
        }
        return new SectionOutcome(added, imported.Skills.Count - added);
    }

    /// <summary>Adds the imported items whose key neither the user's rows nor an earlier item of the import has.</summary>
    private static async Task<SectionOutcome> AddMissingAsync<TEntity, TImported>(
        DbSet<TEntity> set, IQueryable<TEntity> usersRows, Func<TEntity, string> rowKey,
        IReadOnlyList<TImported> imported, Func<TImported, string> importedKey, Func<TImported, TEntity> create, CancellationToken ct)
        where TEntity : class
    {
        var keys = (await usersRows.AsNoTracking().ToListAsync(ct)).Select(rowKey).ToHashSet();
        var added = 0;
        foreach (var item in imported.Where(i => keys.Add(importedKey(i))))
        {
            set.Add(create(item));
            added++;
        }
        return new SectionOutcome(added, imported.Count - added);
    }
}
