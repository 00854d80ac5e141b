using CareerNavigator.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Occupations.Esco;

/// <summary>
/// Loads the ESCO download that ships with the app (<see cref="EscoArchive.ShippedFolder"/>) into a database that has
/// no occupations yet: by `migrate` on either provider, and on the embedded SQLite default's first start, so that a
/// fresh clone has ESCO with nothing to download. A database that has them pays one cheap query.
/// </summary>
public static class EscoLoading
{
    /// <summary>The `migrate` command's second half; returns the exit code.</summary>
    public static async Task<int> LoadShippedEscoWhenAbsentAsync(this WebApplication app)
    {
        try
        {
            await LoadWhenAbsentAsync(app);
            return 0;
        }
        catch (InvalidDataException e)
        {
            Logger(app).LogCritical("Could not load the shipped ESCO occupations: {Reason}", e.Message);
            return 1;
        }
    }

    /// <summary>The embedded default only: a PostgreSQL database gets ESCO through `migrate` or `import-esco`.</summary>
    public static async Task LoadShippedEscoOnFirstStartAsync(this WebApplication app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<CareerNavigatorDbContext>>().CreateDbContextAsync();
        if (db.Database.IsSqlite())
        {
            await LoadWhenAbsentAsync(app);
        }
    }

    private static async Task LoadWhenAbsentAsync(WebApplication app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<CareerNavigatorDbContext>>().CreateDbContextAsync();
        if (await db.EscoOccupations.AnyAsync())
        {
            return;
        }

        var logger = Logger(app);
        logger.LogInformation("Loading the shipped ESCO occupations and skills (once; this takes a few seconds).");
        var result = await EscoImporter.ImportAsync(db, EscoArchive.Open(EscoArchive.ShippedFolder), app.Services.GetRequiredService<TimeProvider>());
        logger.LogInformation("Loaded {Result}.", result);
    }

    private static ILogger Logger(WebApplication app) =>
        app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CareerNavigator.Occupations");
}
