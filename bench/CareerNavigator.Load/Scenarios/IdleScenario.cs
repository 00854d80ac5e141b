using CareerNavigator.Load.Circuits;
using CareerNavigator.Load.Dom;

namespace CareerNavigator.Load.Scenarios;

/// <summary>(c) A signed-in user's dashboard left open in a tab.</summary>
public sealed class IdleScenario : IScenario
{
    public string Name => "idle";
    public string AccountKind => "complete";
    public bool Interacts => false;

    public string PagePath(int userNumber) => "dashboard";

    public bool IsReady(DomMirror dom) => dom.ByTestId("all-documents") is not null || dom.ByTestId("products-empty") is not null;

    public string Describe(DomMirror dom) => dom.TextContent().ReplaceLineEndings(" ")[..Math.Min(200, dom.TextContent().Length)];

    public Task<string> InteractAsync(BlazorCircuit circuit, UserMemory memory, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Idle tabs do not interact.");
}
