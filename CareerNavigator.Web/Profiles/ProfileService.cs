using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Profiles.Forms;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Profiles;

/// <summary>Reads and saves the signed-in user's <c>user_profiles</c> row, one section at a time.</summary>
public sealed class ProfileService(IDbContextFactory<CareerNavigatorDbContext> contextFactory, CurrentUser currentUser)
{
    /// <summary>The user's profile, or an empty one (not saved) when they have none yet.</summary>
    public async Task<UserProfile> GetAsync(CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.UserProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken)
               ?? new UserProfile { UserId = userId };
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
        var profile = await db.UserProfiles.SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (profile is null)
        {
            profile = new UserProfile { UserId = userId };
            db.UserProfiles.Add(profile);
        }

        section.ApplyTo(profile);
        await db.SaveChangesAsync(cancellationToken);
    }
}
