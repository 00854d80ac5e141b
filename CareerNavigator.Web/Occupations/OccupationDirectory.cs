using CareerNavigator.Data;
using CareerNavigator.Web.Occupations.Esco;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Occupations;

/// <summary>ESCO's occupations as the pages and the API read them: search, one occupation with its skills, related ones, ISCO groups. Public data.</summary>
public sealed class OccupationDirectory(IDbContextFactory<CareerNavigatorDbContext> contexts, OccupationCatalog catalog)
{
    public const int MaxResults = 50;

    /// <summary>Occupations for typed text (a title or a goal), best first; blank text gives none.</summary>
    public async Task<IReadOnlyList<OccupationHit>> SearchAsync(string? text, int limit = 10, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var loaded = await catalog.GetAsync(cancellationToken);
        return loaded.Index.Search(text, Math.Clamp(limit, 1, MaxResults))
            .Where(m => loaded.OccupationIds.ContainsKey(m.Uri))
            .Select(m => new OccupationHit(loaded.OccupationIds[m.Uri], m.Uri, m.Title, m.IscoGroup, Math.Round(m.Score, 2), m.MatchedLabel))
            .ToList();
    }

    public async Task<OccupationDetails?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var occupation = await db.EscoOccupations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (occupation is null)
        {
            return null;
        }
        var skills = await db.EscoOccupationSkills.AsNoTracking()
            .Where(r => r.OccupationId == id)
            .OrderByDescending(r => r.IsEssential).ThenBy(r => r.Skill!.PreferredLabel)
            .Select(r => new SkillRef(r.SkillId, r.Skill!.Uri, r.Skill.PreferredLabel, r.IsEssential, r.Skill.SkillType == "knowledge", r.Skill.ReuseLevel))
            .ToListAsync(cancellationToken);
        var groupLabel = await db.EscoIscoGroups.AsNoTracking().Where(g => g.Code == occupation.IscoGroup)
            .Select(g => g.PreferredLabel).SingleOrDefaultAsync(cancellationToken);
        var alsoCalled = EscoLabels.Split(occupation.AltLabels)
            .Where(label => !label.Equals(occupation.PreferredLabel, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return new OccupationDetails(occupation.Id, occupation.Uri, occupation.PreferredLabel, occupation.IscoGroup, groupLabel,
            occupation.Description, alsoCalled, occupation.Obsolete, skills, occupation.Regulated);
    }

    /// <summary>The essential skills of each of these occupations (unknown ids are left out).</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<SkillRef>>> EssentialSkillsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<int, IReadOnlyList<SkillRef>>();
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.EscoOccupationSkills.AsNoTracking()
            .Where(r => r.IsEssential && ids.Contains(r.OccupationId))
            .Select(r => new { r.OccupationId, Skill = new SkillRef(r.SkillId, r.Skill!.Uri, r.Skill.PreferredLabel, true, r.Skill.SkillType == "knowledge", r.Skill.ReuseLevel) })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.OccupationId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<SkillRef>)[.. g.Select(r => r.Skill).OrderBy(s => s.Label, StringComparer.Ordinal)]);
    }

    /// <summary>The id of the occupation with this ESCO URI (obsolete ones included, so stored references resolve), or null.</summary>
    public async Task<int?> FindByUriAsync(string? uri, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(uri))
        {
            return null;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.EscoOccupations.AsNoTracking().Where(o => o.Uri == uri.Trim()).Select(o => (int?)o.Id).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Next steps from an occupation: the current ones that need the most of its essential skills, then others of its
    /// ISCO group; each with how many of those skills it shares.
    /// </summary>
    public async Task<IReadOnlyList<RelatedOccupation>> RelatedAsync(int id, int limit = 8, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var group = await db.EscoOccupations.Where(o => o.Id == id).Select(o => o.IscoGroup).SingleOrDefaultAsync(cancellationToken);
        if (group is null)
        {
            return [];
        }
        var essential = db.EscoOccupationSkills.Where(r => r.OccupationId == id && r.IsEssential).Select(r => r.SkillId);
        var essentialCount = await essential.CountAsync(cancellationToken);
        var shared = await db.EscoOccupationSkills
            .Where(r => r.OccupationId != id && r.IsEssential && essential.Contains(r.SkillId) && !r.Occupation!.Obsolete)
            .GroupBy(r => r.OccupationId)
            .Select(g => new { OccupationId = g.Key, Shared = g.Count() })
            .OrderByDescending(g => g.Shared).ThenBy(g => g.OccupationId)
            .Take(limit)
            .ToListAsync(cancellationToken);
        var sameGroup = await db.EscoOccupations
            .Where(o => o.IscoGroup == group && o.Id != id && !o.Obsolete)
            .OrderBy(o => o.PreferredLabel).Select(o => o.Id).Take(limit)
            .ToListAsync(cancellationToken);

        var ids = shared.Select(s => s.OccupationId).Concat(sameGroup).Distinct().ToList();
        var rows = await db.EscoOccupations.AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, o.Uri, o.PreferredLabel, o.IscoGroup }).ToDictionaryAsync(o => o.Id, cancellationToken);
        var sharedCounts = shared.ToDictionary(s => s.OccupationId, s => s.Shared);
        return ids
            .Select(i => new RelatedOccupation(i, rows[i].Uri, rows[i].PreferredLabel, rows[i].IscoGroup,
                sharedCounts.GetValueOrDefault(i), essentialCount, rows[i].IscoGroup == group))
            .OrderByDescending(r => r.SharedEssentialSkills).ThenByDescending(r => r.SameGroup).ThenBy(r => r.Title, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }

    /// <summary>The labels of these ISCO-08 group codes (unknown codes are left out), for showing codes in words.</summary>
    public async Task<IReadOnlyDictionary<string, string>> GroupLabelsAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken = default)
    {
        if (codes.Count == 0)
        {
            return new Dictionary<string, string>();
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.EscoIscoGroups.AsNoTracking().Where(g => codes.Contains(g.Code))
            .ToDictionaryAsync(g => g.Code, g => g.PreferredLabel, cancellationToken);
    }

    /// <summary>
    /// ISCO-08 browsing: with no code the ten major groups; with a code its narrower groups, and for a four-digit
    /// unit group its occupations. Null when the code is not an ISCO group.
    /// </summary>
    public async Task<IscoGroupView?> GroupAsync(string? code, CancellationToken cancellationToken = default)
    {
        code = string.IsNullOrWhiteSpace(code) ? null : code.Trim();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var groups = await db.EscoIscoGroups.AsNoTracking().ToDictionaryAsync(g => g.Code, g => g.PreferredLabel, cancellationToken);
        if (code is not null && !groups.ContainsKey(code))
        {
            return null;
        }
        var depth = code?.Length ?? 0;
        var children = groups
            .Where(g => g.Key.Length == depth + 1 && (code is null || g.Key.StartsWith(code, StringComparison.Ordinal)))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new IscoGroupLink(g.Key, g.Value))
            .ToList();
        var occupations = depth == 4
            ? await db.EscoOccupations.AsNoTracking().Where(o => o.IscoGroup == code && !o.Obsolete)
                .OrderBy(o => o.PreferredLabel).Select(o => new OccupationLink(o.Id, o.PreferredLabel)).ToListAsync(cancellationToken)
            : [];
        var path = Enumerable.Range(1, Math.Max(0, depth - 1)).Select(n => code![..n]).Where(groups.ContainsKey)
            .Select(c => new IscoGroupLink(c, groups[c])).ToList();
        return new IscoGroupView(code, code is null ? null : groups[code], path, children, occupations);
    }
}
