using System.Data.Common;
using CareerNavigator.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareerNavigator.Tests.Infrastructure;

/// <summary>Contexts over a test database that count the SQL commands they send, for tests about database round trips.</summary>
public sealed class CommandCountingContextFactory(MigratedDatabase database) : DbCommandInterceptor, IDbContextFactory<CareerNavigatorDbContext>
{
    private int _commands;

    public int Commands => Volatile.Read(ref _commands);

    public CareerNavigatorDbContext CreateDbContext() => new PostgresDbContext(
        (DbContextOptions<PostgresDbContext>)new DbContextOptionsBuilder<PostgresDbContext>()
            .UseCareerNavigatorDatabase(DatabaseProvider.Postgres, database.ConnectionString)
            .AddInterceptors(this)
            .Options);

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        Interlocked.Increment(ref _commands);
        return result;
    }
}
