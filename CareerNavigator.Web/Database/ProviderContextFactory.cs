using CareerNavigator.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Database;

/// <summary>
/// Lets the app depend on <see cref="CareerNavigatorDbContext"/> while the configured provider's
/// subclass (which owns that provider's migrations) is what gets created.
/// </summary>
internal sealed class ProviderContextFactory<TContext>(IDbContextFactory<TContext> inner)
    : IDbContextFactory<CareerNavigatorDbContext>
    where TContext : CareerNavigatorDbContext
{
    public CareerNavigatorDbContext CreateDbContext() => inner.CreateDbContext();
}
