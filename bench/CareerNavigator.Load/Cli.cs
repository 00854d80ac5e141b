using CareerNavigator.Load.Runs;

namespace CareerNavigator.Load;

/// <summary>
/// <c>CareerNavigator.Load --url U --scenario onboarding|products|idle[,…] --users N [--steps 4 --settle 5 --catch-up 120 --hold 30
/// --interval 5 --timeout 30 --json out.json]</c>. Exit code 0 without errors, 1 with errors.
/// </summary>
public static class Cli
{
    public static async Task<int> Main(string[] args)
    {
        var options = LoadOptions.Parse(args);
        var results = new List<LoadResult>();
        foreach (var scenario in options.Scenario.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var result = await new LoadRun(options with { Scenario = scenario }, Console.Out).RunAsync(CancellationToken.None);
            results.Add(result);
            Console.WriteLine();
            Console.WriteLine(LoadReport.Table(result));
            foreach (var sample in result.ErrorSamples)
            {
                Console.WriteLine($"  error: {sample}");
            }
        }
        if (options.JsonPath is not null)
        {
            await File.WriteAllTextAsync(options.JsonPath, LoadReport.ToJson(results));
        }
        return results.All(r => r.ErrorCount == 0) ? 0 : 1;
    }
}
