using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Import;

/// <summary>
/// Compares an import with the signed-in user's rows for the preview, and writes the sections the user confirmed in one
/// transaction: exactly the items <see cref="ImportComparison"/> marks new, so nothing already there is added again and
/// profile fields the user filled in are kept.
/// </summary>
public sealed class ProfileImportService(IDbContextFactory<CareerNavigatorDbContext> contextFactory, ICurrentUser currentUser)
{
    /// <summary>Every item of <paramref name="imported"/>, marked new or already in the signed-in user's profile; writes nothing.</summary>
    public async Task<ImportPlan> PreviewAsync(ImportedProfile imported, ImportSelection? selection = null, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var existing = await ImportComparison.LoadAsync(db, userId, cancellationToken);
        return ImportComparison.Compare(imported, existing, (selection ?? ImportSelection.All).OverwriteProfileFields);
    }

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

            // Compared again here, under the lock: the rows may have changed since the preview.
            var existing = await ImportComparison.LoadAsync(db, userId, ct);
            var plan = ImportComparison.Compare(imported, existing, selection.OverwriteProfileFields);
            var notes = plan.Notes(selection).ToList();
            var profile = ProfileMerge.Apply(db, userId, existing.Profile, imported, plan, selection, notes);
            var outcome = new ImportOutcome
            {
                ProfileFields = profile.Fields,
                Languages = profile.Languages,
                LinkedinDataStored = profile.LinkedinDataStored,
                Jobs = selection.Jobs ? AddNew(db.JobExperiences, plan.Jobs, job => NewJob(userId, job)) : SectionOutcome.None,
                Courses = selection.Courses ? AddNew(db.Courses, plan.Courses, course => NewCourse(userId, course)) : SectionOutcome.None,
                Education = selection.Education ? AddNew(db.AcademicRecords, plan.Education, record => NewEducation(userId, record)) : SectionOutcome.None,
                Skills = selection.Skills ? AddNew(db.UserSkills, plan.Skills, skill => NewSkill(userId, skill, imported.SkillSource)) : SectionOutcome.None,
                Notes = notes,
            };

            ColumnLengths.Fit(db);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return outcome;
        }, cancellationToken);
    }

    private static SectionOutcome AddNew<TEntity, TImported>(DbSet<TEntity> set, IReadOnlyList<PlannedItem<TImported>> planned, Func<TImported, TEntity> create)
        where TEntity : class
    {
        var added = planned.Where(p => p.Mark == ImportMark.New).Select(p => create(p.Item)).ToList();
        set.AddRange(added);
        return new SectionOutcome(added.Count, planned.Count - added.Count);
    }

    private static JobExperience NewJob(int userId, ImportedJob job) => new()
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
    };

    private static Course NewCourse(int userId, ImportedCourse course) => new()
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
    };

    /// <summary>Confirmed: the user's own file states it.</summary>
    private static UserSkill NewSkill(int userId, ImportedSkill skill, SkillSource source) => new()
    {
        UserId = userId,
        Name = skill.Name,
        NormalizedName = UserSkill.Normalize(skill.Name),
        Level = skill.Level,
        Source = source,
        Confirmed = true,
    };

    private static AcademicRecord NewEducation(int userId, ImportedEducation record) => new()
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
    };
}
