using CareerNavigator.Load.Circuits;
using CareerNavigator.Load.Dom;

namespace CareerNavigator.Load.Scenarios;

/// <summary>What virtual users do: which accounts, which page, when the page is ready, and one interaction.</summary>
public interface IScenario
{
    string Name { get; }

    /// <summary>The kind of seeded account (<c>seed-load-users</c>): "onboarding" or "complete".</summary>
    string AccountKind { get; }

    /// <summary>False for idle tabs.</summary>
    bool Interacts { get; }

    string PagePath(int userNumber);

    bool IsReady(DomMirror dom);

    /// <summary>What the page shows, for the report when an expectation is not met in time.</summary>
    string Describe(DomMirror dom);

    /// <summary>Performs the next interaction and waits until the page shows what it should; returns the interaction's name.</summary>
    Task<string> InteractAsync(BlazorCircuit circuit, UserMemory memory, CancellationToken cancellationToken);
}

/// <summary>What one virtual user remembers between interactions.</summary>
public sealed class UserMemory
{
    public int Number { get; init; }
    public int Interactions { get; set; }
    public string? Typed { get; set; }
}

public static class Scenario
{
    public static IScenario Named(string name) => name switch
    {
        "onboarding" => new OnboardingScenario(),
        "products" => new ProductScenario(),
        "idle" => new IdleScenario(),
        _ => throw new ArgumentException($"Unknown scenario '{name}': use onboarding, products or idle."),
    };
}
