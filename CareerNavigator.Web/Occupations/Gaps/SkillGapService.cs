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
    IDbContextFactory<CareerNavigatorDbContext> contexts, ICurrentUser currentUser, OccupationCatalog catalog, OccupationDirectory directory)
{
    private const int RelatedForPriority = 10;

    /// <summary>The gaps for occupation <paramref name="occupationId"/>, or null when there is no such occupation.</summary>
    public async Task<SkillGaps?> ForOccupationAsync(int occupationId, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        var occupation = await directory.GetAsync(occupationId, cancellationToken);
        if (occupation is null)
        {
            return null;
        }
        var related = await directory.RelatedAsync(occupationId, RelatedForPriority, cancellationToken);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var decisions = await db.SkillDecisions.AsNoTracking().Where(d => d.UserId == userId)
            .ToDictionaryAsync(d => d.SkillId, d => d.Confirmed, cancellationToken);
        var sources = await ProfileEvidence.ForUserAsync(db, userId, cancellationToken);
        var loaded = await catalog.GetAsync(cancellationToken);
        var detected = loaded.Index.DetectSkills(sources)
            .Where(m => loaded.SkillIds.ContainsKey(m.Uri))
            .ToDictionary(m => loaded.SkillIds[m.Uri], m => m.Evidence);

        var skillIds = occupation.Skills.Select(s => s.Id).ToList();
        var relatedIds = related.Select(r => r.Id).ToList();
        var neededByRelated = await db.EscoOccupationSkills
            .Where(r => r.IsEssential && relatedIds.Contains(r.OccupationId) && skillIds.Contains(r.SkillId))
            .GroupBy(r => r.SkillId).Select(g => new { SkillId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.SkillId, g => g.Count, cancellationToken);

        var skills = occupation.Skills.Select(s =>
        {
            bool? confirmed = decisions.TryGetValue(s.Id, out var answer) ? answer : null;
            var evidence = confirmed == false ? [] : detected.GetValueOrDefault(s.Id) ?? [];
            return new GapSkill(s.Id, s.Uri, s.Label, s.Essential, s.IsKnowledge, evidence, confirmed, neededByRelated.GetValueOrDefault(s.Id));
        }).ToList();
        var shown = skills.Where(s => s.Confirmed == true || (s.Confirmed is null && s.Evidence.Count > 0));
        var missing = skills.Except(shown);
        return new SkillGaps(occupation, Ordered(shown), Ordered(missing), related);
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

    private static List<GapSkill> Ordered(IEnumerable<GapSkill> skills) => skills
        .OrderByDescending(s => s.Essential)
        .ThenByDescending(s => s.NeededByRelated)
        .ThenBy(s => s.Label, StringComparer.Ordinal)
        .ToList();
}
