using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Occupations;
using CareerNavigator.Web.Occupations.Gaps;
using CareerNavigator.Web.Occupations.Targets;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerNavigator.Tests.Occupations;

/// <summary>The real occupation services over a test database; the catalog is built once per database.</summary>
public sealed class OccupationServicesFor(IDbContextFactory<CareerNavigatorDbContext> contexts)
{
    public OccupationServicesFor(MigratedDatabase database)
        : this(new TestContextFactory(database))
    {
    }

    public OccupationCatalog Catalog { get; } = new(contexts, NullLogger<OccupationCatalog>.Instance);

    public OccupationDirectory Directory => new(contexts, Catalog);

    public SkillGapCalculator Calculator => new(contexts, Catalog, Directory);

    public SkillGapService Gaps(int? userId) =>
        new(contexts, userId is { } id ? TestCurrentUser.For(id) : TestCurrentUser.Nobody(), Calculator);

    public CareerTargetFinder Targets => new(contexts, Catalog, Calculator);

    /// <summary>The generation input loader with its real target finder (no targets where the database has no ESCO data).</summary>
    public GenerationInputLoader InputLoader => new(contexts, Targets);

    public GoalOccupationService Goal(int? userId) =>
        new(contexts, userId is { } id ? TestCurrentUser.For(id) : TestCurrentUser.Nobody());
}
