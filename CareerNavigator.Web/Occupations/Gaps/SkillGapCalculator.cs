using CareerNavigator.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CareerNavigator.Web.Occupations.Gaps;

/// <summary>
/// A user's skills against an occupation: found in their own records (with the evidence) and in their answers (a
/// confirmed skill counts as shown, a rejected one is never proposed again). Works for any user id it is given; callers
/// pass the signed-in user's (<see cref="SkillGapService"/>) or the one whose products are generated.
/// </summary>
/// <remarks>
/// What ESCO says about an occupation (its skills, related occupations and their essential skills) is read once and
/// kept for the most recently used <see cref="OccupationsKept"/> occupations: generating nine products asks for the
/// same occupation nine times, and ESCO changes only with <c>import-esco</c>, after which the app is restarted (README).
/// Only ESCO's public data is kept here; the user's skills are read on every call.
/// </remarks>
public sealed class SkillGapCalculator(IDbContextFactory<CareerNavigatorDbContext> contexts, OccupationCatalog catalog, OccupationDirectory directory)
    : IDisposable
{
    public const int RelatedForPriority = 10;
    private const int OccupationsKept = 500;

    private readonly MemoryCache _facts = new(new MemoryCacheOptions { SizeLimit = OccupationsKept });

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
        if (await FactsAsync(occupationId, cancellationToken) is not { } facts)
        {
            return null;
        }
        var gapSkills = facts.Occupation.Skills.Select(s =>
        {
            bool? confirmed = skills.Decisions.TryGetValue(s.Id, out var answer) ? answer : null;
            var evidence = confirmed == false ? [] : skills.Detected.GetValueOrDefault(s.Id) ?? [];
            return new GapSkill(s.Id, s.Uri, s.Label, s.Essential, s.IsKnowledge, evidence, confirmed, facts.NeededByRelated.GetValueOrDefault(s.Id), s.ReuseLevel);
        }).ToList();
        var shown = gapSkills.Where(s => s.Confirmed == true || (s.Confirmed is null && s.Evidence.Count > 0));
        var missing = gapSkills.Except(shown);
        return new SkillGaps(facts.Occupation, Ordered(shown), Ordered(missing), facts.Related);
    }

    /// <summary>The essential skills of each occupation <see cref="GapsAsync"/> lists as related to <paramref name="occupationId"/>.</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<SkillRef>>> RelatedEssentialSkillsAsync(int occupationId, CancellationToken cancellationToken) =>
        (await FactsAsync(occupationId, cancellationToken))?.RelatedEssentials ?? new Dictionary<int, IReadOnlyList<SkillRef>>();

    public void Dispose() => _facts.Dispose();

    private async Task<OccupationFacts?> FactsAsync(int occupationId, CancellationToken cancellationToken)
    {
        if (_facts.TryGetValue(occupationId, out OccupationFacts? kept))
        {
            return kept;
        }
        var facts = await ReadFactsAsync(occupationId, cancellationToken);
        // Two callers reading the same occupation at once both read it; the second write replaces an equal value.
        _facts.Set(occupationId, facts, new MemoryCacheEntryOptions { Size = 1 });
        return facts;
    }

    private async Task<OccupationFacts?> ReadFactsAsync(int occupationId, CancellationToken cancellationToken)
    {
        var occupation = await directory.GetAsync(occupationId, cancellationToken);
        if (occupation is null)
        {
            return null;
        }
        var related = await directory.RelatedAsync(occupationId, RelatedForPriority, cancellationToken);
        var relatedEssentials = await directory.EssentialSkillsAsync([.. related.Select(r => r.Id)], cancellationToken);
        // How many of the related occupations count each of this occupation's skills as essential.
        var neededByRelated = relatedEssentials.Values.SelectMany(skills => skills).GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.Count());
        return new OccupationFacts(occupation, related, relatedEssentials, neededByRelated);
    }

    private static List<GapSkill> Ordered(IEnumerable<GapSkill> skills) => skills
        .OrderByDescending(s => s.Essential)
        .ThenByDescending(s => s.NeededByRelated)
        .ThenBy(s => s.Label, StringComparer.Ordinal)
        .ToList();

    private sealed record OccupationFacts(
        OccupationDetails Occupation,
        IReadOnlyList<RelatedOccupation> Related,
        IReadOnlyDictionary<int, IReadOnlyList<SkillRef>> RelatedEssentials,
        IReadOnlyDictionary<int, int> NeededByRelated);
}
