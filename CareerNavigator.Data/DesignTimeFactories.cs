using Microsoft.EntityFrameworkCore.Design;

namespace CareerNavigator.Data;

// `dotnet ef` builds the contexts through these; the connection strings are only used by
// `dotnet ef database update` run by hand (set CAREERNAV_DESIGN_POSTGRES to aim it elsewhere).
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDbContext>
{
    public PostgresDbContext CreateDbContext(string[] args) => new(DatabaseOptionsBuilder.For<PostgresDbContext>(
        DatabaseProvider.Postgres,
        Environment.GetEnvironmentVariable("CAREERNAV_DESIGN_POSTGRES") ?? "Host=localhost;Database=career_navigator"));
}

public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDbContext>
{
    public SqliteDbContext CreateDbContext(string[] args) =>
        new(DatabaseOptionsBuilder.For<SqliteDbContext>(DatabaseProvider.Sqlite, "Data Source=design-time.db"));
}
