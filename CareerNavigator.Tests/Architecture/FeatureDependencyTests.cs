using System.Text.RegularExpressions;

namespace CareerNavigator.Tests.Architecture;

/// <summary>
/// The app's top-level folders are its features; each may use the ones it needs, but never one that (directly or
/// through others) uses it back. The graph is read from the source: every `CareerNavigator.Web.X` a file of folder Y
/// names (using, @using or a full name) is an edge Y → X.
/// </summary>
public sealed partial class FeatureDependencyTests
{
    [Fact]
    public void No_feature_folder_depends_on_a_folder_that_depends_on_it()
    {
        var backEdges = BackEdges(FeatureGraph());

        Assert.True(backEdges.Count == 0, "Feature folders import each other back:\n" + string.Join("\n", backEdges));
    }

    [Fact]
    public void An_import_back_through_other_folders_is_reported_with_its_path()
    {
        var graph = new Dictionary<string, HashSet<string>>
        {
            ["Products"] = ["Profiles"], ["Profiles"] = ["Accounts"], ["Accounts"] = ["Products"], ["Api"] = ["Products"],
        };

        var backEdges = BackEdges(graph);

        Assert.Equal(3, backEdges.Count);
        Assert.Contains("Accounts → Products (and Products reaches Accounts: Products → Profiles → Accounts)", backEdges);
        Assert.DoesNotContain(backEdges, edge => edge.StartsWith("Api", StringComparison.Ordinal));
    }

    [Fact]
    public void The_graph_is_read_from_real_imports()
    {
        var graph = FeatureGraph();

        Assert.Contains("Accounts", graph["Api"]);
        Assert.True(graph.Count >= 10, "the app has at least ten feature folders");
    }

    private static Dictionary<string, HashSet<string>> FeatureGraph()
    {
        var web = Path.Combine(RepositoryRoot(), "CareerNavigator.Web");
        var features = Directory.GetDirectories(web)
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj" or "wwwroot" or "Properties"))
            .Select(name => name!)
            .ToHashSet();
        return features.ToDictionary(feature => feature, feature => Directory
            .EnumerateFiles(Path.Combine(web, feature), "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".razor", StringComparison.Ordinal))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => WebNamespace().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Where(used => used != feature && features.Contains(used))
            .ToHashSet());
    }

    private static List<string> BackEdges(Dictionary<string, HashSet<string>> graph) => graph
        .SelectMany(from => from.Value.Select(to => (From: from.Key, To: to)))
        .Where(edge => Reaches(graph, edge.To, edge.From))
        .Select(edge => $"{edge.From} → {edge.To} (and {edge.To} reaches {edge.From}: {string.Join(" → ", ImportPath(graph, edge.To, edge.From))})")
        .ToList();

    private static bool Reaches(Dictionary<string, HashSet<string>> graph, string from, string to) => ImportPath(graph, from, to).Count > 0;

    /// <summary>A shortest path of imports from <paramref name="from"/> to <paramref name="to"/>, or empty.</summary>
    private static List<string> ImportPath(Dictionary<string, HashSet<string>> graph, string from, string to)
    {
        var previous = new Dictionary<string, string> { [from] = from };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var current))
        {
            if (current == to)
            {
                var path = new List<string> { to };
                while (path[0] != from)
                {
                    path.Insert(0, previous[path[0]]);
                }
                return path;
            }
            foreach (var next in graph[current].Where(next => previous.TryAdd(next, current)))
            {
                queue.Enqueue(next);
            }
        }
        return [];
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CareerNavigator.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("CareerNavigator.sln not found above the test output.");
    }

    [GeneratedRegex(@"CareerNavigator\.Web\.([A-Za-z]+)")]
    private static partial Regex WebNamespace();
}
