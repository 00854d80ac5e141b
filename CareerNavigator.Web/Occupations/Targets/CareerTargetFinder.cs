using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Occupations.Gaps;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Occupations.Targets;

/// <summary>
/// The occupations a user's products aim at: the goal occupation they chose, else the occupations their goal text names
/// (up to <see cref="MaxTargets"/>, in the order they are mentioned), each with the user's skill gaps for it.
/// </summary>
public sealed class CareerTargetFinder(
    IDbContextFactory<CareerNavigatorDbContext> contexts, OccupationCatalog catalog, SkillGapCalculator gaps)
{
    public const int MaxTargets = 3;
    private const int RelatedFits = 6;

    public async Task<IReadOnlyList<CareerTarget>> ForUserAsync(int userId, UserProfile profile, CancellationToken cancellationToken = default)
    {
        var chosen = await ChosenOccupationAsync(userId, cancellationToken);
        var named = chosen is null ? await NamedInGoalsAsync(profile, cancellationToken) : [];
        var wanted = chosen is { } id ? [(id, (string?)null)] : named;
        if (wanted.Count == 0)
        {
            return [];
        }

        var skills = await gaps.UserSkillsAsync(userId, cancellationToken);
        var targets = new List<CareerTarget>();
        foreach (var (occupationId, clause) in wanted)
        {
            if (await gaps.GapsAsync(skills, occupationId, cancellationToken) is { } found)
            {
                targets.Add(new CareerTarget(found, clause, targets.Count == 0 ? await FitsAsync(found, skills, cancellationToken) : []));
            }
        }
        return targets;
    }

    private async Task<int?> ChosenOccupationAsync(int userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.GoalOccupations.AsNoTracking().Where(g => g.UserId == userId).Select(g => (int?)g.OccupationId)
            .SingleOrDefaultAsync(cancellationToken);
    }

    private async Task<List<(int, string?)>> NamedInGoalsAsync(UserProfile profile, CancellationToken cancellationToken)
    {
        var loaded = await catalog.GetAsync(cancellationToken);
        return [.. GoalReading.Occupations(loaded.Index, [profile.CareerGoals, profile.ShortTermGoals, profile.LongTermGoals], MaxTargets)
            .Where(o => loaded.OccupationIds.ContainsKey(o.Match.Uri))
            .Select(o => (loaded.OccupationIds[o.Match.Uri], (string?)o.Clause))];
    }

    private async Task<IReadOnlyList<RelatedFit>> FitsAsync(SkillGaps target, UserSkills skills, CancellationToken cancellationToken)
    {
        var related = target.Related.Take(RelatedFits).ToList();
        var essentials = await gaps.RelatedEssentialSkillsAsync(target.Occupation.Id, cancellationToken);
        return [.. related.Select(r =>
        {
            var needed = essentials.GetValueOrDefault(r.Id) ?? [];
            return new RelatedFit(r, [.. needed.Where(s => skills.Shows(s.Id)).Select(s => s.Label)], [.. needed.Where(s => !skills.Shows(s.Id)).Select(s => s.Label)]);
        })];
    }
}
