using CareerNavigator.Tests.Occupations;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Products.Generation;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.DemoData;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.RelocationHelp;
using CareerNavigator.Web.Products.Versions;

namespace CareerNavigator.Tests.Products.Versions;

/// <summary>The real versions service over a test database, signed in as one user; and a persona user with generated versions.</summary>
public static class VersionsFor
{
    public static ProductVersionService User(MigratedDatabase database, int userId, TimeProvider? time = null) =>
        new(new TestContextFactory(database), TestCurrentUser.For(userId), new ProductContentRules(),
            new ProductVersionWriter(new TestContextFactory(database)), new OccupationServicesFor(database).InputLoader, time ?? TimeProvider.System);

    public static async Task<User> PersonaAsync(MigratedDatabase database, int index = 0)
    {
        await using var db = database.CreateContext();
        return await PersonaRows.AddAsync(db, DemoPersonas.All[index]);
    }

    /// <summary>Generates <paramref name="count"/> versions with the built-in generator; version 1 is active.</summary>
    public static async Task<List<GeneratedProduct>> GenerateAsync(MigratedDatabase database, int userId, ProductType type, int count)
    {
        var generation = GenerationServiceFor.User(database, userId);
        var versions = new List<GeneratedProduct>();
        for (var i = 0; i < count; i++)
        {
            versions.Add(await generation.GenerateAsync(type, null, CancellationToken.None));
        }
        return versions;
    }
}
