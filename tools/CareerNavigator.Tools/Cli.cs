using System.CommandLine;
using CareerNavigator.Tools.Benchmarks;
using CareerNavigator.Tools.Esco;
using CareerNavigator.Tools.LoadUsers;
using CareerNavigator.Tools.Seeding;

namespace CareerNavigator.Tools;

/// <summary>
/// <c>dotnet run --project tools/CareerNavigator.Tools -- &lt;command&gt; [options]</c>; <c>--help</c> lists the
/// commands and each command's options. Each command owns its options and its work (one class per tool).
/// </summary>
public static class Cli
{
    public static RootCommand Commands() => new(
        "Career Navigator's tools: seeding, benchmarks and the ESCO import, run against the app's database with the app's settings.")
    {
        UserSeeder.Command(),
        AdminBenchmark.Command(),
        GenerationBenchmark.Command(),
        JobPathBenchmark.Command(),
        BoardBenchmark.Command(),
        OccupationSearchBenchmark.Command(),
        CvReaderBenchmark.Command(),
        AdvertMatchBenchmark.Command(),
        SourceCheckBenchmark.Command(),
        LoadUserSeeder.Command(),
        ImportEscoCommand.Command(),
    };

    public static Task<int> Main(string[] args) => Commands().Parse(args).InvokeAsync();
}
