using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Occupations;
using CareerNavigator.Web.Occupations.Gaps;
using CareerNavigator.Web.Occupations.Targets;
using CareerNavigator.Web.Products.Generation;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerNavigator.Tests.Occupations;

/// <summary>The real occupation services over a test database; the catalog is built once per database.</summary>
public sealed class OccupationServicesFor(MigratedDatabase database)
{
    public OccupationCatalog Catalog { get; } = new(new TestContextFactory(database), NullLogger<OccupationCatalog>.Instance);

    public OccupationDirectory Directory => new(new TestContextFactory(database), Catalog);

    public SkillGapCalculator Calculator => new(new TestContextFactory(database), Catalog, Directory);

    public SkillGapService Gaps(int? userId) =>
        new(new TestContextFactory(database), userId is { } id ? TestCurrentUser.For(id) : TestCurrentUser.Nobody(), Calculator);

    public CareerTargetFinder Targets => new(new TestContextFactory(database), Catalog, Directory, Calculator);

    /// <summary>The generation input loader with its real target finder (no targets where the database has no ESCO data).</summary>
    public GenerationInputLoader InputLoader => new(new TestContextFactory(database), Targets);

    public GoalOccupationService Goal(int? userId) =>
        new(new TestContextFactory(database), userId is { } id ? TestCurrentUser.For(id) : TestCurrentUser.Nobody());
}
