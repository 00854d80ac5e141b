using CareerNavigator.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Occupations.Gaps;

/// <summary>
/// A user's skills against an occupation: found in their own records (with the evidence) and in their answers (a
/// confirmed skill counts as shown, a rejected one is never proposed again). Works for any user id it is given; callers
/// pass the signed-in user's (<see cref="SkillGapService"/>) or the one whose products are generated.
/// </summary>
public sealed class SkillGapCalculator(IDbContextFactory<CareerNavigatorDbContext> contexts, OccupationCatalog catalog, OccupationDirectory directory)
{
    private const int RelatedForPriority = 10;

    /// <summary>What user <paramref name="userId"/> shows of every ESCO skill: detected in their records, and their answers.</summary>
    public async Task<UserSkills> UserSkillsAsync(int userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var decisions = await db.SkillDecisions.AsNoTracking().Where(d => d.UserId == userId)
            .ToDictionaryAsync(d => d.SkillId, d => d.Confirmed, cancellationToken);
        var sources = await ProfileEvidence.ForUserAsync(db, userId, cancellationToken);
        var loaded = await catalog.GetAsync(cancellationToken);
        var detected = loaded.Index.DetectSkills(sources)
            .Where(m => loaded.SkillIds.ContainsKey(m.Uri))
            .ToDictionary(m => loaded.SkillIds[m.Uri], m => m.Evidence);
        return new UserSkills(detected, decisions);
    }

    /// <summary>The gaps of <paramref name="skills"/> for occupation <paramref name="occupationId"/>, or null when there is no such occupation.</summary>
    public async Task<SkillGaps?> GapsAsync(UserSkills skills, int occupationId, CancellationToken cancellationToken)
    {
        var occupation = await directory.GetAsync(occupationId, cancellationToken);
        if (occupation is null)
        {
            return null;
        }
        var related = await directory.RelatedAsync(occupationId, RelatedForPriority, cancellationToken);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var skillIds = occupation.Skills.Select(s => s.Id).ToList();
        var relatedIds = related.Select(r => r.Id).ToList();
        var neededByRelated = await db.EscoOccupationSkills
            .Where(r => r.IsEssential && relatedIds.Contains(r.OccupationId) && skillIds.Contains(r.SkillId))
            .GroupBy(r => r.SkillId).Select(g => new { SkillId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.SkillId, g => g.Count, cancellationToken);

        var gapSkills = occupation.Skills.Select(s =>
        {
            bool? confirmed = skills.Decisions.TryGetValue(s.Id, out var answer) ? answer : null;
            var evidence = confirmed == false ? [] : skills.Detected.GetValueOrDefault(s.Id) ?? [];
            return new GapSkill(s.Id, s.Uri, s.Label, s.Essential, s.IsKnowledge, evidence, confirmed, neededByRelated.GetValueOrDefault(s.Id), s.ReuseLevel);
        }).ToList();
        var shown = gapSkills.Where(s => s.Confirmed == true || (s.Confirmed is null && s.Evidence.Count > 0));
        var missing = gapSkills.Except(shown);
        return new SkillGaps(occupation, Ordered(shown), Ordered(missing), related);
    }

    private static List<GapSkill> Ordered(IEnumerable<GapSkill> skills) => skills
        .OrderByDescending(s => s.Essential)
        .ThenByDescending(s => s.NeededByRelated)
        .ThenBy(s => s.Label, StringComparer.Ordinal)
        .ToList();
}
