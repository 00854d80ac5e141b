using CareerNavigator.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Infrastructure;

/// <summary>Hands the app's services real PostgreSQL contexts on a test database.</summary>
public sealed class TestContextFactory(MigratedDatabase database) : IDbContextFactory<CareerNavigatorDbContext>
{
    public CareerNavigatorDbContext CreateDbContext() => database.CreateContext();
}
