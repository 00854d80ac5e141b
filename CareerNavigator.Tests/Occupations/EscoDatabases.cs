using CareerNavigator.Data;
using CareerNavigator.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Occupations;

/// <summary>The two ESCO fixtures of a test class, picked by provider for theories that run on both.</summary>
public sealed record EscoDatabases(EscoDatabase Postgres, SqliteEscoDatabase Sqlite)
{
    public IDbContextFactory<CareerNavigatorDbContext> For(DatabaseProvider provider) =>
        provider == DatabaseProvider.Postgres ? Postgres : Sqlite;

    public CareerNavigatorDbContext CreateContext(DatabaseProvider provider) => For(provider).CreateDbContext();
}
