using System.Security.Claims;
using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Profiles.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Profiles;

/// <summary>
/// The signed-in user's jobs, courses or education records. Every record read by id passes the owner rule:
/// another user's id answers exactly like a missing one. New records always belong to the signed-in user. A change may
/// name the version it started from (the API's If-Match; see <see cref="VersionedSave"/>).
/// </summary>
public sealed class UserRecordStore<TEntity>(
    IDbContextFactory<CareerNavigatorDbContext> contextFactory, ICurrentUser currentUser, IAuthorizationService authorization)
    where TEntity : class, IUserOwned, ITimestamped
{
    private const string What = "record";

    // Each wizard step with a list reads it when it opens: compiled.
    private static readonly PerModel<Func<CareerNavigatorDbContext, int, IAsyncEnumerable<TEntity>>> ListQuery = new(() =>
        EF.CompileAsyncQuery<CareerNavigatorDbContext, int, TEntity>((db, userId) =>
            db.Set<TEntity>().AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.Id)));

    public async Task<List<TEntity>> ListAsync(CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var records = new List<TEntity>();
        await foreach (var record in ListQuery.For(db)(db, userId).WithCancellation(cancellationToken))
        {
            records.Add(record);
        }
        return records;
    }

    public async Task<TEntity?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetSignedInPrincipalAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await AllowedAsync(user, await db.Set<TEntity>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken));
    }

    /// <summary>
    /// Adds (no id) or updates (an id the owner rule allows) a record after validating the form on the server; an update
    /// naming <paramref name="expectedUpdatedAt"/> is refused with <see cref="RecordChangedException"/> when the record is
    /// another version by then.
    /// </summary>
    public async Task<TEntity> SaveAsync(
        IRecordForm<TEntity> form, DateTime? expectedUpdatedAt = null, CancellationToken cancellationToken = default)
    {
        ServerValidation.Ensure(form);
        var user = await currentUser.GetSignedInPrincipalAsync();
        return await VersionedSave.OnNewestAsync(expectedUpdatedAt, () => SaveOnceAsync(user, form, expectedUpdatedAt, cancellationToken));
    }

    private async Task<TEntity> SaveOnceAsync(
        ClaimsPrincipal user, IRecordForm<TEntity> form, DateTime? expectedUpdatedAt, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        TEntity entity;
        if (form.Id is { } id)
        {
            entity = await AllowedAsync(user, await db.Set<TEntity>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken))
                     ?? throw new RecordNotFoundException();
            VersionedSave.EnsureStartedFrom(expectedUpdatedAt, entity.UpdatedAt, What);
        }
        else
        {
            entity = form.Create();
            entity.UserId = user.FindUserId()!.Value;
            db.Set<TEntity>().Add(entity);
        }

        form.ApplyTo(entity);
        await VersionedSave.SaveAsync(db, What, cancellationToken);
        return entity;
    }

    /// <summary>Deletes a record the owner rule allows; naming <paramref name="expectedUpdatedAt"/> deletes only that version.</summary>
    public async Task DeleteAsync(int id, DateTime? expectedUpdatedAt = null, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetSignedInPrincipalAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entity = await AllowedAsync(user, await db.Set<TEntity>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken))
                     ?? throw new RecordNotFoundException();
        VersionedSave.EnsureStartedFrom(expectedUpdatedAt, entity.UpdatedAt, What);
        // The owner sits in the DELETE too: the row is the one just authorized, not whatever carries its id by then; and
        // with a version named, only that version goes.
        var rows = db.Set<TEntity>().Where(r => r.Id == id && r.UserId == entity.UserId);
        if (expectedUpdatedAt is not null)
        {
            rows = rows.Where(r => r.UpdatedAt == entity.UpdatedAt);
        }
        if (await rows.ExecuteDeleteAsync(cancellationToken) == 0)
        {
            throw expectedUpdatedAt is not null && await db.Set<TEntity>().AnyAsync(r => r.Id == id, cancellationToken)
                ? new RecordChangedException(What) : new RecordNotFoundException();
        }
    }

    private async Task<TEntity?> AllowedAsync(ClaimsPrincipal user, TEntity? row) =>
        row is not null && await authorization.IsOwnerAsync(user, row) ? row : null;
}
