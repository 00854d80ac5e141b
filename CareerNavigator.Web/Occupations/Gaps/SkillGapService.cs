using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Occupations.Gaps;

/// <summary>
/// The signed-in user's skills against an occupation, found in their own records (with the evidence) and in their
/// answers: a confirmed skill counts as shown, a rejected one is never proposed again. Reads and writes only that user's rows.
/// </summary>
public sealed class SkillGapService(
    IDbContextFactory<CareerNavigatorDbContext> contexts, ICurrentUser currentUser, SkillGapCalculator calculator)
{
    /// <summary>The gaps for occupation <paramref name="occupationId"/>, or null when there is no such occupation.</summary>
    public async Task<SkillGaps?> ForOccupationAsync(int occupationId, CancellationToken cancellationToken = default)
    {
        var skills = await calculator.UserSkillsAsync(await currentUser.GetIdAsync(), cancellationToken);
        return await calculator.GapsAsync(skills, occupationId, cancellationToken);
    }

    /// <summary>
    /// Records the user's answer about a skill: true (they have it), false (they do not: never proposed again) or null
    /// (forget the answer). Refused for an id that is not an ESCO skill.
    /// </summary>
    public async Task DecideAsync(int skillId, bool? confirmed, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.EscoSkills.AnyAsync(s => s.Id == skillId, cancellationToken))
        {
            throw new KeyNotFoundException("That skill is not in the occupations catalogue.");
        }
        var row = await db.SkillDecisions.SingleOrDefaultAsync(d => d.UserId == userId && d.SkillId == skillId, cancellationToken);
        if (confirmed is null)
        {
            if (row is not null)
            {
                db.SkillDecisions.Remove(row);
            }
        }
        else if (row is null)
        {
            db.SkillDecisions.Add(new SkillDecision { UserId = userId, SkillId = skillId, Confirmed = confirmed.Value });
        }
        else
        {
            row.Confirmed = confirmed.Value;
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
