using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Database;
using CareerNavigator.Web.Profiles.Forms;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Profiles;

/// <summary>Reads and saves the signed-in user's <c>user_profiles</c> row, one section at a time.</summary>
public sealed class ProfileService(IDbContextFactory<CareerNavigatorDbContext> contextFactory, ICurrentUser currentUser)
{
    // Every wizard step that edits the profile reads it, and every draft and "Save and continue" saves it: compiled.
    private static readonly PerModel<Func<CareerNavigatorDbContext, int, CancellationToken, Task<UserProfile?>>> ReadProfile = new(() =>
        EF.CompileAsyncQuery((CareerNavigatorDbContext db, int userId, CancellationToken _) =>
            db.UserProfiles.AsNoTracking().SingleOrDefault(p => p.UserId == userId)));

    private static readonly PerModel<Func<CareerNavigatorDbContext, int, CancellationToken, Task<UserProfile?>>> TrackProfile = new(() =>
        EF.CompileAsyncQuery((CareerNavigatorDbContext db, int userId, CancellationToken _) =>
            db.UserProfiles.SingleOrDefault(p => p.UserId == userId)));

    /// <summary>The user's profile, or an empty one (not saved) when they have none yet.</summary>
    public async Task<UserProfile> GetAsync(CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await ReadProfile.For(db)(db, userId, cancellationToken) ?? new UserProfile { UserId = userId };
    }

    /// <summary>
    /// Validates the section on the server and saves it; nothing is written when it is invalid. Naming
    /// <paramref name="expectedUpdatedAt"/> (the API's If-Match) refuses the save with <see cref="RecordChangedException"/>
    /// when the profile is another version by then; without it a section replaces its own fields, whatever changed since.
    /// A profile not created yet has the version of the empty one <see cref="GetAsync"/> answers (<c>default</c>).
    /// </summary>
    public async Task SaveAsync(IProfileSection section, DateTime? expectedUpdatedAt = null, CancellationToken cancellationToken = default)
    {
        ServerValidation.Ensure(section);
        var userId = await currentUser.GetIdAsync();
        await VersionedSave.OnNewestAsync(expectedUpdatedAt, () => SaveOnceAsync(userId, section, expectedUpdatedAt, cancellationToken));
    }

    private async Task<UserProfile> SaveOnceAsync(int userId, IProfileSection section, DateTime? expectedUpdatedAt, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var profile = await TrackProfile.For(db)(db, userId, cancellationToken);
        if (profile is null)
        {
            VersionedSave.EnsureStartedFrom(expectedUpdatedAt, default, What);
            profile = new UserProfile { UserId = userId };
            db.UserProfiles.Add(profile);
        }
        else
        {
            VersionedSave.EnsureStartedFrom(expectedUpdatedAt, profile.UpdatedAt, What);
        }

        section.ApplyTo(profile);
        try
        {
            await VersionedSave.SaveAsync(db, What, cancellationToken);
        }
        catch (DbUpdateException ex) when (db.Entry(profile).State == EntityState.Added && UniqueViolation.Is(ex))
        {
            // Another tab created the profile row first: it is not this change's starting point either way.
            throw new RecordChangedException(What);
        }
        return profile;
    }

    private const string What = "profile";
}
