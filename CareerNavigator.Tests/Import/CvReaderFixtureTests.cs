using System.Text.Json;
using CareerNavigator.Web.Import;
using CareerNavigator.Web.Import.CvReading;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace CareerNavigator.Tests.Import;

/// <summary>
/// The built-in CV reader over every committed fixture (<c>Import/CvFixtures</c>, README there): field-level precision
/// and recall against the records written by hand. The fixtures never change to make the reader pass.
/// </summary>
public sealed class CvReaderFixtureTests(ITestOutputHelper output)
{
    private const double Target = 0.90;

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Import", "CvFixtures");

    /// <summary>The fixtures the reader was written against.</summary>
    public static IEnumerable<string> Files => CvFiles(Folder);

    /// <summary>Fixtures made after the reader, to show how it does on CVs it was not tuned on.</summary>
    public static IEnumerable<string> HeldOutFiles => CvFiles(Path.Combine(Folder, "held-out"));

    private static IEnumerable<string> CvFiles(string folder) => Directory.EnumerateFiles(folder)
        .Where(f => Path.GetExtension(f) is ".pdf" or ".docx" or ".txt").Order(StringComparer.Ordinal);

    public static BuiltInCvReader Reader { get; } = new(new CvTextExtractor(NullLogger<CvTextExtractor>.Instance));

    [Fact]
    public void Precision_and_recall_over_all_fixtures_reach_the_target()
    {
        var tuned = Score("Fixtures", Files);
        var heldOut = Score("Held-out fixtures", HeldOutFiles);
        var all = Score("All fixtures", [.. Files, .. HeldOutFiles], quiet: true);
        Assert.True(tuned.Files >= 16, $"Only {tuned.Files} fixtures were found in {Folder}.");
        Assert.True(all.Precision >= Target && all.Recall >= Target,
            $"Precision {all.Precision:P1}, recall {all.Recall:P1}; the target is {Target:P0} each (held-out alone: {heldOut.Precision:P1}, {heldOut.Recall:P1}).");
    }

    private (int Files, double Precision, double Recall) Score(string what, IEnumerable<string> fixtures, bool quiet = false)
    {
        int read = 0, expected = 0, correct = 0, files = 0;
        foreach (var file in fixtures)
        {
            var result = Reader.ReadFile(File.ReadAllBytes(file), Path.GetFileName(file));
            Assert.True(result.Succeeded, $"{Path.GetFileName(file)}: {result.Error}");
            using var want = JsonDocument.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(file)!, Path.GetFileNameWithoutExtension(file) + ".expected.json")));
            var score = CvFixtureScore.Of(want.RootElement, result.Value);
            (read, expected, correct, files) = (read + score.Read, expected + score.Expected, correct + score.Correct, files + 1);
            if (quiet)
            {
                continue;
            }
            output.WriteLine($"{Path.GetFileName(file)}: precision {Ratio(score.Correct, score.Read):P1}, recall {Ratio(score.Correct, score.Expected):P1} ({score.Correct}/{score.Read} read, {score.Expected} expected)");
            foreach (var miss in score.Misses)
            {
                output.WriteLine("    " + miss);
            }
        }
        var precision = Ratio(correct, read);
        var recall = Ratio(correct, expected);
        output.WriteLine($"{what} ({files} files): precision {precision:P1} ({correct}/{read}), recall {recall:P1} ({correct}/{expected})");
        return (files, precision, recall);
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
