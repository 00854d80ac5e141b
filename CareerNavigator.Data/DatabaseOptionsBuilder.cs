using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Data;

/// <summary>How every context of this app is configured: the app, the design-time factories and the tests share it.</summary>
public static class DatabaseOptionsBuilder
{
    public static DbContextOptionsBuilder UseCareerNavigatorDatabase(
        this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        _ = provider switch
        {
            DatabaseProvider.Postgres => options.UseNpgsql(connectionString, npgsql => npgsql
                .MapEnum<UserGroup>("user_group")
                .MapEnum<ProductType>("product_type")
                // A few quick retries absorb a blip; a longer outage reaches the UI, which tells the user
                // and keeps retrying itself (ProfileEditorBase) instead of freezing for a minute.
                .EnableRetryOnFailure(maxRetryCount: 3, maxRetryDelay: TimeSpan.FromSeconds(2), errorCodesToAdd: null)),
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
        return options.UseSnakeCaseNamingConvention();
    }

    public static DbContextOptions<TContext> For<TContext>(DatabaseProvider provider, string connectionString)
        where TContext : DbContext =>
        (DbContextOptions<TContext>)new DbContextOptionsBuilder<TContext>()
            .UseCareerNavigatorDatabase(provider, connectionString)
            .Options;
}
