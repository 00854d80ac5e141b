using System.Diagnostics;
using CareerNavigator.Load.Circuits;
using CareerNavigator.Load.Scenarios;

namespace CareerNavigator.Load.Runs;

/// <summary>One simulated person: own cookies, own circuit, own memory of what they did.</summary>
public sealed class VirtualUser(int number, string email, Uri baseUrl) : IAsyncDisposable
{
    public int Number { get; } = number;
    public string Email { get; } = email;
    public VirtualUserHttp Http { get; } = new(baseUrl);
    public BlazorCircuit? Circuit { get; private set; }
    public UserMemory Memory { get; } = new() { Number = number };
    public bool SignedIn { get; private set; }

    public static string AccountEmail(string kind, int number) => $"load-{kind}-{number:D5}@load.careernavigator.local";

    public void MarkSignedIn() => SignedIn = true;

    public async Task SignInAsync(string password, CancellationToken cancellationToken)
    {
        await Http.SignInAsync(Email, password, cancellationToken);
        SignedIn = true;
    }

    /// <summary>Opens the scenario's page and its circuit; returns the time from the GET to a ready page.</summary>
    public async Task<TimeSpan> ConnectAsync(IScenario scenario, TimeSpan timeout, Action<int> onBatch, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        Circuit = new BlazorCircuit(Http) { OnBatch = onBatch };
        await Circuit.StartAsync(scenario.PagePath(Number), scenario.IsReady, timeout, cancellationToken);
        return watch.Elapsed;
    }

    public async ValueTask DisposeAsync()
    {
        if (Circuit is not null)
        {
            await Circuit.DisposeAsync();
        }
        Http.Dispose();
    }
}
