using CareerNavigator.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerNavigator.Web.Database;

public static class DatabaseSetup
{
    /// <summary>
    /// Registers <see cref="IDbContextFactory{CareerNavigatorDbContext}"/> for components and services (one
    /// context per operation, as Blazor Server needs) and a scoped context for Identity's stores. The
    /// connection is resolved from configuration when first needed, so every configuration source counts.
    /// </summary>
    public static WebApplicationBuilder AddCareerNavigatorDatabase(this WebApplicationBuilder builder)
    {
        var contentRoot = builder.Environment.ContentRootPath;
        var services = builder.Services;
        services.AddSingleton(sp => DatabaseConnection.Resolve(sp.GetRequiredService<IConfiguration>(), contentRoot));
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);

        // Pooled: every circuit event opens a context or two, and a pooled one skips building EF's per-context
        // services each time (measured with the circuit load tool, BENCHMARKS.md).
        services.TryAddSingleton(TimeProvider.System);
        services.AddPooledDbContextFactory<PostgresDbContext>((sp, options) => options.UseCareerNavigatorDatabase(
            DatabaseProvider.Postgres, sp.GetRequiredService<DatabaseConnection>().ConnectionString, sp.GetRequiredService<TimeProvider>()));
        services.AddPooledDbContextFactory<SqliteDbContext>((sp, options) => options.UseCareerNavigatorDatabase(
            DatabaseProvider.Sqlite, sp.GetRequiredService<DatabaseConnection>().ConnectionString, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IDbContextFactory<CareerNavigatorDbContext>>(sp =>
            sp.GetRequiredService<DatabaseConnection>().Provider == DatabaseProvider.Postgres
                ? new ProviderContextFactory<PostgresDbContext>(sp.GetRequiredService<IDbContextFactory<PostgresDbContext>>())
                : new ProviderContextFactory<SqliteDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteDbContext>>()));

        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CareerNavigatorDbContext>>().CreateDbContext());
        services.AddDatabaseDeveloperPageExceptionFilter();
        services.AddHealthChecks().AddCheck<Health.DatabaseHealthCheck>("database");
        return builder;
    }
}
