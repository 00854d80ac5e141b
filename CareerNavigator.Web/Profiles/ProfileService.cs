using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
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

    /// <summary>Validates the section on the server and saves it; nothing is written when it is invalid.</summary>
    public async Task SaveAsync(IProfileSection section, CancellationToken cancellationToken = default)
    {
        ServerValidation.Ensure(section);
        var userId = await currentUser.GetIdAsync();
        try
        {
            await SaveOnceAsync(userId, section, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another tab created the profile row at the same moment: it exists now, so update it.
            await SaveOnceAsync(userId, section, cancellationToken);
        }
    }

    private async Task SaveOnceAsync(int userId, IProfileSection section, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var profile = await TrackProfile.For(db)(db, userId, cancellationToken);
        if (profile is null)
        {
            profile = new UserProfile { UserId = userId };
            db.UserProfiles.Add(profile);
        }

        section.ApplyTo(profile);
        await db.SaveChangesAsync(cancellationToken);
    }
}
