using CareerNavigator.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Occupations.Esco;

/// <summary>
/// <c>import-esco [--from &lt;folder&gt;]</c>: loads ESCO's two official CSV downloads (this version, a newer one,
/// another language) from a folder, by default the shipped one. Occupations and skills are matched by URI; those the
/// download no longer holds are kept and marked obsolete.
/// </summary>
public static class ImportEscoCommand
{
    public const string Name = "import-esco";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        var from = args.SkipWhile(a => a != "--from").Skip(1).FirstOrDefault();
        if (args.Contains("--from") && from is null)
        {
            await error.WriteLineAsync($"Usage: {Name} [--from <folder holding ESCO's classification and relations CSV zips>]");
            return 1;
        }

        EscoArchive archive;
        try
        {
            archive = EscoArchive.Open(Path.GetFullPath(from ?? EscoArchive.ShippedFolder));
        }
        catch (InvalidDataException e)
        {
            await error.WriteLineAsync(e.Message);
            return 1;
        }

        await using var db = await services.GetRequiredService<IDbContextFactory<CareerNavigatorDbContext>>().CreateDbContextAsync();
        try
        {
            var result = await EscoImporter.ImportAsync(db, archive, services.GetRequiredService<TimeProvider>());
            await output.WriteLineAsync($"Imported {result}.");
            return 0;
        }
        catch (InvalidDataException e)
        {
            // A zip that opened but whose CSV is damaged or lacks a file: nothing was written (one transaction).
            await error.WriteLineAsync($"{e.Message} Nothing was imported.");
            return 1;
        }
    }
}
