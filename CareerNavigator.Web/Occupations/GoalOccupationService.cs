using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Occupations;

/// <summary>The ESCO occupation the signed-in user chose as their goal (one, beside their free-text goals).</summary>
public sealed class GoalOccupationService(IDbContextFactory<CareerNavigatorDbContext> contexts, ICurrentUser currentUser)
{
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
