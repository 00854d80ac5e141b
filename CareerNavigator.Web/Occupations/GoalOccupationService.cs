using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Occupations;

/// <summary>The ESCO occupation the signed-in user chose as their goal (one, beside their free-text goals).</summary>
public sealed class GoalOccupationService(IDbContextFactory<CareerNavigatorDbContext> contexts, ICurrentUser currentUser)
{
    // The goals step opens at every "Back" to it in thousands of open wizards and shows the profile's goals with this
    // occupation: one compiled statement (users left-joined to the profile row and the goal) instead of two queries.
    private static readonly PerModel<Func<CareerNavigatorDbContext, int, CancellationToken, Task<ProfileRow?>>> ReadProfileAndGoal = new(() =>
        EF.CompileAsyncQuery((CareerNavigatorDbContext db, int userId, CancellationToken _) => (
                from u in db.Users.AsNoTracking()
                where u.Id == userId
                join p in db.UserProfiles on u.Id equals p.UserId into profiles
                from p in profiles.DefaultIfEmpty()
                join g in db.GoalOccupations on u.Id equals g.UserId into goals
                from g in goals.DefaultIfEmpty()
                select new ProfileRow(p, (int?)g.OccupationId, g.Occupation!.PreferredLabel))
            .SingleOrDefault()));

    /// <summary>
    /// The user's profile (an empty, unsaved one when they have none yet) and their goal occupation (null when none is
    /// chosen), read together.
    /// </summary>
    public async Task<(UserProfile Profile, OccupationLink? Goal)> GetWithProfileAsync(CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await ReadProfileAndGoal.For(db)(db, userId, cancellationToken);
        var goal = row is { OccupationId: { } id, Title: { } title } ? new OccupationLink(id, title) : null;
        return (row?.Profile ?? new UserProfile { UserId = userId }, goal);
    }

    /// <summary>The chosen occupation, or null when none is chosen.</summary>
    public async Task<OccupationLink?> GetAsync(CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.GoalOccupations.AsNoTracking().Where(g => g.UserId == userId)
            .Select(g => new OccupationLink(g.OccupationId, g.Occupation!.PreferredLabel))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Sets the goal to <paramref name="occupationId"/>, or clears it with null. Throws <see cref="KeyNotFoundException"/> for an unknown occupation.</summary>
    public async Task SetAsync(int? occupationId, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (occupationId is { } id && !await db.EscoOccupations.AnyAsync(o => o.Id == id, cancellationToken))
        {
            throw new KeyNotFoundException("That occupation is not in the occupations catalogue.");
        }
        var row = await db.GoalOccupations.SingleOrDefaultAsync(g => g.UserId == userId, cancellationToken);
        switch (occupationId, row)
        {
            case (null, not null):
                db.GoalOccupations.Remove(row);
                break;
            case ({ } chosen, null):
                db.GoalOccupations.Add(new GoalOccupation { UserId = userId, OccupationId = chosen });
                break;
            case ({ } chosen, not null):
                row.OccupationId = chosen;
                break;
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}

internal sealed record ProfileRow(UserProfile? Profile, int? OccupationId, string? Title);
