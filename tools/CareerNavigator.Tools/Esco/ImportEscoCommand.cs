using System.CommandLine;
using CareerNavigator.Data;
using CareerNavigator.Web.Occupations.Esco;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tools.Esco;

/// <summary>
/// <c>import-esco [--from &lt;folder&gt;]</c>: loads ESCO's two official CSV downloads (this version, a newer one,
/// another language) from a folder, by default the shipped one. Occupations and skills are matched by URI; those the
/// download no longer holds are kept and marked obsolete.
/// </summary>
public static class ImportEscoCommand
{
    public static Command Command()
    {
        var from = new Option<string?>("--from") { Description = "folder holding ESCO's classification and relations CSV zips (default: the shipped ones)" };
        var command = new Command("import-esco", "Loads ESCO's two official CSV downloads into the app's database (one transaction); restart a running app afterwards.")
        {
            from,
        };
        command.SetAction((parse, _) => ToolApp.RunAsync(prepareDatabase: true, services =>
            RunAsync(services, parse.GetValue(from), Console.Out, Console.Error)));
        return command;
    }

    public static async Task<int> RunAsync(IServiceProvider services, string? from, TextWriter output, TextWriter error)
    {
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
