using CareerNavigator.Data;
using CareerNavigator.Web.Occupations.Esco;
using CareerNavigator.Web.Occupations.Matching;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Occupations;

/// <summary>
/// The database's ESCO occupations and skills, in memory for matching: built once on first use (about a second) and
/// shared by every request and circuit. Obsolete entries stay in the database (stored references resolve) but are
/// never proposed. A failed build, or one that found no occupations yet (the embedded default loads ESCO just after it
/// starts), is not kept, so the next call builds again. <see cref="OccupationCatalogWarmUp"/> builds it at start-up.
/// </summary>
public sealed class OccupationCatalog(IDbContextFactory<CareerNavigatorDbContext> contexts, ILogger<OccupationCatalog> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private LoadedCatalog? _loaded;

    public async Task<LoadedCatalog> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_loaded is { } loaded)
        {
            return loaded;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_loaded is null)
            {
                var built = await LoadAsync(cancellationToken);
                if (built.OccupationIds.Count == 0)
                {
                    return built;
                }
                _loaded = built;
            }
            return _loaded;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<LoadedCatalog> LoadAsync(CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var occupations = await db.EscoOccupations.AsNoTracking().Where(o => !o.Obsolete)
            .Select(o => new { o.Id, o.Uri, o.PreferredLabel, o.AltLabels, o.IscoGroup, o.Code })
            .ToListAsync(cancellationToken);
        var skills = await db.EscoSkills.AsNoTracking().Where(s => !s.Obsolete)
            .Select(s => new { s.Id, s.Uri, s.PreferredLabel, s.AltLabels, s.SkillType, s.ReuseLevel })
            .ToListAsync(cancellationToken);

        var index = OccupationIndex.Build(
            occupations.Select(o => new EscoOccupationRow(o.Uri, o.PreferredLabel, EscoLabels.Split(o.AltLabels), o.IscoGroup, "", o.Code, Released: true)),
            skills.Select(s => new EscoSkillRow(s.Uri, s.PreferredLabel, EscoLabels.Split(s.AltLabels), s.SkillType, s.ReuseLevel, "", Released: true)));
        logger.LogInformation("Occupation catalog built from the database: {Occupations} occupations, {Skills} skills in {Milliseconds:N0} ms.",
            occupations.Count, skills.Count, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        return new LoadedCatalog(index,
            occupations.ToDictionary(o => o.Uri, o => o.Id, StringComparer.Ordinal),
            skills.ToDictionary(s => s.Uri, s => s.Id, StringComparer.Ordinal));
    }
}

/// <summary>The matching index and the database ids of what it can return.</summary>
public sealed record LoadedCatalog(
    OccupationIndex Index, IReadOnlyDictionary<string, int> OccupationIds, IReadOnlyDictionary<string, int> SkillIds);

/// <summary>Builds the catalog in the background once the app has started, so the first search does not wait for it.</summary>
internal sealed class OccupationCatalogWarmUp(OccupationCatalog catalog, ILogger<OccupationCatalogWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await catalog.GetAsync(stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // Not fatal: the first search builds it again (and reports a database that is unreachable then).
            logger.LogWarning(ex, "The occupation catalog could not be built at start-up.");
        }
    }
}
