using CareerNavigator.Load.Circuits;

namespace CareerNavigator.Load;

public static class Cli
{
    public static async Task<int> RunAsync(string[] args)
    {
        var baseUrl = new Uri(Arg(args, "--url") ?? "http://127.0.0.1:5232/");
        if (args.FirstOrDefault() == "probe")
        {
            using var http = new VirtualUserHttp(baseUrl);
            await http.SignInAsync(Arg(args, "--email")!, Arg(args, "--password")!, CancellationToken.None);
            await using var circuit = new BlazorCircuit(http);
            await circuit.StartAsync(Arg(args, "--path") ?? "onboarding", d => d.FindByAttribute("data-testid", "step-title") is not null, TimeSpan.FromSeconds(20), CancellationToken.None);
            Console.WriteLine($"circuit {circuit.CircuitId}, {circuit.BatchesReceived} batches, {circuit.BytesReceived} bytes");
            Console.WriteLine(circuit.Query(d => d.TextContent()));
            foreach (var e in circuit.Query(d => d.Elements().Where(x => x.EventHandlers.Count > 0).ToList()))
            {
                Console.WriteLine($"<{e.Name} {string.Join(' ', e.Attributes.Select(a => $"{a.Key}=\"{a.Value}\""))}> events: {string.Join(',', e.EventHandlers.Select(h => $"{h.Key}={h.Value}"))}");
            }
            return 0;
        }
        return 2;
    }

    public static string? Arg(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
