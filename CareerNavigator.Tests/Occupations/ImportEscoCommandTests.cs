using CareerNavigator.Tools.Esco;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Occupations;

/// <summary><c>import-esco --from</c> refuses a folder that does not hold ESCO's two downloads, before touching the database.</summary>
public sealed class ImportEscoCommandTests
{
    [Fact]
    public async Task A_folder_without_the_two_downloads_is_refused_with_the_reason_and_a_non_zero_exit()
    {
        var folder = Directory.CreateTempSubdirectory("esco-bad").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "notes.txt"), "not ESCO");
            var (exitCode, output, error) = await RunAsync(folder);

            Assert.Equal(1, exitCode);
            Assert.Equal("", output);
            Assert.Contains($"{folder} must hold ESCO's two CSV downloads", error);
            Assert.Contains("no classification, no relations", error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_folder_or_a_from_without_a_folder_is_refused()
    {
        var missing = Path.Combine(Path.GetTempPath(), "esco-" + Guid.NewGuid().ToString("N"));

        Assert.Equal((1, "", $"The ESCO folder {missing} does not exist."), Trimmed(await RunAsync(missing)));
        Assert.Contains("--from", Assert.Single(ImportEscoCommand.Command().Parse(["--from"]).Errors).Message);
    }

    /// <summary>No database: a refused folder must be refused before the command asks for one.</summary>
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string from)
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        var (output, error) = (new StringWriter(), new StringWriter());
        var exitCode = await ImportEscoCommand.RunAsync(services, from, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static (int, string, string) Trimmed((int ExitCode, string Output, string Error) result) =>
        (result.ExitCode, result.Output, result.Error.Trim());
}
