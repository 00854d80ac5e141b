using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Occupations;
using CareerNavigator.Web.Occupations.Gaps;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerNavigator.Tests.Occupations;

/// <summary>The real occupation services over a test database; the catalog is built once per database.</summary>
public sealed class OccupationServicesFor(MigratedDatabase database)
{
    public OccupationCatalog Catalog { get; } = new(new TestContextFactory(database), NullLogger<OccupationCatalog>.Instance);

    public OccupationDirectory Directory => new(new TestContextFactory(database), Catalog);

    public SkillGapService Gaps(int? userId) =>
        new(new TestContextFactory(database), userId is { } id ? TestCurrentUser.For(id) : TestCurrentUser.Nobody(), Catalog, Directory);

    public GoalOccupationService Goal(int? userId) =>
        new(new TestContextFactory(database), userId is { } id ? TestCurrentUser.For(id) : TestCurrentUser.Nobody());
}
