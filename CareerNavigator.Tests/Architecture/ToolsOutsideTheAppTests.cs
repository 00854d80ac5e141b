using System.Text.Json;

namespace CareerNavigator.Tests.Architecture;

/// <summary>
/// Seeding, benchmarks and the load run's server-side hooks live beside the app (tools/, bench/): the app's dependency
/// list, which decides what its publish output holds and what its assembly names resolve to, names none of them.
/// </summary>
public sealed class ToolsOutsideTheAppTests
{
    [Fact]
    public void The_apps_dependencies_hold_neither_the_tools_nor_the_load_runs_hosting_startup()
    {
        using var deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "CareerNavigator.Web.deps.json")));

        var libraries = deps.RootElement.GetProperty("libraries").EnumerateObject().Select(library => library.Name.Split('/')[0]).ToList();

        Assert.Contains("CareerNavigator.Data", libraries);
        Assert.DoesNotContain("CareerNavigator.Tools", libraries);
        Assert.DoesNotContain("CareerNavigator.LoadTesting", libraries);
        Assert.DoesNotContain("System.CommandLine", libraries);
    }
}
