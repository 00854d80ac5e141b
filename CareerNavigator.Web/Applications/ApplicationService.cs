using System.Security.Claims;
using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Applications.Sending;
using CareerNavigator.Web.Database;
using CareerNavigator.Web.Profiles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Applications;

/// <summary>
/// The signed-in user's job applications. Every application read by id passes the owner rule: another user's id
/// answers exactly like a missing one. Every status an application takes is dated and kept. A change may name the
/// version it started from (<c>expectedUpdatedAt</c>, the API's If-Match); the save then fails with
/// <see cref="RecordChangedException"/> when the row moved on since, checked by the database in the UPDATE itself
/// (<see cref="VersionedSave"/>). The first time an application goes out (created in, or moved into, a status of
/// <see cref="ApplicationStatuses.Sent"/>), the versions sent are frozen into it in the same save (<see cref="VersionFreezing"/>).
/// </summary>
public sealed class ApplicationService(
    IDbContextFactory<CareerNavigatorDbContext> contextFactory, ICurrentUser currentUser, IAuthorizationService authorization,
    TimeProvider clock)
{
    /// <summary>Far more than a busy job search keeps; bounds what one board renders.</summary>
    public const int MaxApplications = 2_000;

    // The board, the list and the dashboard read this on every visit: compiled.
    private static readonly PerModel<Func<CareerNavigatorDbContext, int, IAsyncEnumerable<ApplicationSummary>>> SummaryQuery = new(() =>
        EF.CompileAsyncQuery<CareerNavigatorDbContext, int, ApplicationSummary>((db, userId) =>
            db.JobApplications.AsNoTracking().Where(a => a.UserId == userId).OrderBy(a => a.Id)
                .Select(a => new ApplicationSummary(a.Id, a.Company, a.Role, a.Location, a.Status, a.Deadline, a.NextAction,
                    a.NextActionDate, a.RemindByEmail, a.StatusChangedAt, a.UpdatedAt))));

    public async Task<List<ApplicationSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var applications = new List<ApplicationSummary>();
        await foreach (var application in SummaryQuery.For(db)(db, userId).WithCancellation(cancellationToken))
        {
            applications.Add(application);
        }
        return applications;
    }

    /// <summary>One application with its status history, oldest change first; null when it is missing or not the user's.</summary>
    public async Task<JobApplication?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetSignedInPrincipalAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var application = await db.JobApplications.AsNoTracking()
            .Include(a => a.StatusChanges.OrderBy(c => c.ChangedAt).ThenBy(c => c.Id))
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return await AllowedAsync(user, application);
    }

    /// <summary>
    /// The versions sent with the application, the CV first, as they were sent; empty when nothing was frozen or the
    /// application is missing or not the user's.
    /// </summary>
    public async Task<IReadOnlyList<SentDocument>> SentAsync(int id, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetSignedInPrincipalAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await AllowedAsync(user, await db.JobApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken)) is null)
        {
            return [];
        }
        var sent = await db.SentVersions.AsNoTracking().Where(s => s.JobApplicationId == id)
            .Select(s => new SentDocument(s.GeneratedProduct!,
                db.ProductVersionNames.Where(n => n.GeneratedProductId == s.GeneratedProductId).Select(n => n.Name).FirstOrDefault(),
                db.ProductVersionDesigns.Where(d => d.GeneratedProductId == s.GeneratedProductId).Select(d => (DocumentDesign?)d.Design).FirstOrDefault() ?? DocumentDesign.Classic,
                s.CreatedAt))
            .ToListAsync(cancellationToken);
        return [.. sent.OrderBy(s => s.Version.ProductType != ProductType.Cv).ThenBy(s => s.Version.Id)];
    }

    public async Task<JobApplication> CreateAsync(
        ApplicationForm form, ApplicationStatus status = ApplicationStatus.Saved, CancellationToken cancellationToken = default)
    {
        ServerValidation.Ensure(form);
        EnsureDefined(status);
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.JobApplications.CountAsync(a => a.UserId == userId, cancellationToken) >= MaxApplications)
        {
            throw new FormValidationException([new($"You have {MaxApplications:N0} applications saved, the most we keep. Delete the ones you no longer follow first.", [""])]);
        }

        var now = Now;
        var application = new JobApplication { UserId = userId, Company = "", Role = "", Status = status, StatusChangedAt = now };
        form.ApplyTo(application);
        application.StatusChanges.Add(new ApplicationStatusChange { ToStatus = status, ChangedAt = now });
        db.JobApplications.Add(application);
        await VersionFreezing.AddOnFirstSendAsync(db, application, status, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return application;
    }

    public Task<JobApplication> UpdateAsync(
        int id, ApplicationForm form, DateTime? expectedUpdatedAt = null, CancellationToken cancellationToken = default)
    {
        ServerValidation.Ensure(form);
        return ChangeAsync(id, expectedUpdatedAt, (_, application) =>
        {
            form.ApplyTo(application);
            return Task.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>
    /// Moves the application to <paramref name="status"/> and keeps the move; moving to the status it has changes nothing.
    /// The board, the status panel and the API all move applications here, so the first move out freezes what was sent
    /// whichever of them made it.
    /// </summary>
    public Task<JobApplication> ChangeStatusAsync(
        int id, ApplicationStatus status, DateTime? expectedUpdatedAt = null, CancellationToken cancellationToken = default)
    {
        EnsureDefined(status);
        return ChangeAsync(id, expectedUpdatedAt, async (db, application) =>
        {
            if (application.Status == status)
            {
                return;
            }
            await VersionFreezing.AddOnFirstSendAsync(db, application, status, cancellationToken);
            var now = Now;
            db.ApplicationStatusChanges.Add(new ApplicationStatusChange
            {
                JobApplicationId = application.Id, FromStatus = application.Status, ToStatus = status, ChangedAt = now,
            });
            application.Status = status;
            application.StatusChangedAt = now;
        }, cancellationToken);
    }

    public async Task DeleteAsync(int id, DateTime? expectedUpdatedAt = null, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetSignedInPrincipalAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var application = await AllowedAsync(user, await db.JobApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken))
                          ?? throw new RecordNotFoundException();
        VersionedSave.EnsureStartedFrom(expectedUpdatedAt, application.UpdatedAt, What);
        // The owner and the version sit in the DELETE too: the row is the one just authorized, as it was read.
        var deleted = await db.JobApplications
            .Where(a => a.Id == id && a.UserId == application.UserId && a.UpdatedAt == application.UpdatedAt)
            .ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            throw await db.JobApplications.AnyAsync(a => a.Id == id, cancellationToken) ? new RecordChangedException(What) : new RecordNotFoundException();
        }
    }

    private async Task<JobApplication> ChangeAsync(
        int id, DateTime? expectedUpdatedAt, Func<CareerNavigatorDbContext, JobApplication, Task> change, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetSignedInPrincipalAsync();
        return await VersionedSave.OnNewestAsync(expectedUpdatedAt, async () =>
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var application = await AllowedAsync(user, await db.JobApplications.SingleOrDefaultAsync(a => a.Id == id, cancellationToken))
                              ?? throw new RecordNotFoundException();
            VersionedSave.EnsureStartedFrom(expectedUpdatedAt, application.UpdatedAt, What);
            await change(db, application);
            await SaveFreezingAsync(db, () => VersionedSave.SaveAsync(db, What, cancellationToken));
            return application;
        });
    }

    /// <summary>
    /// A version frozen by a concurrent save of the same application (the key exists) or deleted since it was read (the
    /// key is gone) means the versions moved on while this save ran: the change is answered like any stale row.
    /// </summary>
    private static async Task SaveFreezingAsync(CareerNavigatorDbContext db, Func<Task> save)
    {
        try
        {
            await save();
        }
        catch (DbUpdateException ex) when (db.ChangeTracker.Entries<SentVersion>().Any() && (UniqueViolation.Is(ex) || ForeignKeyViolation.Is(ex)))
        {
            throw new RecordChangedException(What);
        }
    }

    private async Task<JobApplication?> AllowedAsync(ClaimsPrincipal user, JobApplication? row) =>
        row is not null && await authorization.IsOwnerAsync(user, row) ? row : null;

    private const string What = "application";

    private static void EnsureDefined(ApplicationStatus status)
    {
        if (!ApplicationStatuses.IsDefined(status))
        {
            throw new FormValidationException([new("Choose one of the statuses: saved, applied, interview, offer, accepted, rejected or withdrawn.", ["Status"])]);
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
