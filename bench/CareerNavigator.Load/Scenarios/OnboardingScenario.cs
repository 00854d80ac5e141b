using System.Globalization;
using CareerNavigator.Load.Circuits;
using CareerNavigator.Load.Dom;

namespace CareerNavigator.Load.Scenarios;

/// <summary>
/// (a) A user starting out with a goal, on the wizard's Goals step: types a career goal, saves and goes on to
/// Education, comes back and finds the goal saved. One interaction at a time.
/// </summary>
public sealed class OnboardingScenario : IScenario
{
    private const string Goals = "Goals";
    private const string Education = "Education";

    public string Name => "onboarding";
    public string AccountKind => "onboarding";
    public bool Interacts => true;

    public string PagePath(int userNumber) => "onboarding";

    public bool IsReady(DomMirror dom) => dom.TextOf("step-title") switch
    {
        Goals => CareerGoal(dom) is not null && dom.ByTestId("wizard-next").IsClickable(),
        Education => dom.ByTestId("wizard-back").IsClickable(),
        _ => false,
    };

    public string Describe(DomMirror dom) =>
        $"step '{dom.TextOf("step-title")}', next {(dom.ByTestId("wizard-next").IsClickable() ? "enabled" : "not enabled")}, " +
        $"goal '{CareerGoal(dom)?.Attribute("value")}', error '{dom.TextOf("editor-error")}'";

    public async Task<string> InteractAsync(BlazorCircuit circuit, UserMemory memory, CancellationToken cancellationToken)
    {
        var title = circuit.Query(d => d.TextOf("step-title"));
        if (title == Education)
        {
            var typed = memory.Typed;
            await circuit.ClickAsync("wizard-back", d => IsReady(d) && d.TextOf("step-title") == Goals
                && (typed is null || CareerGoal(d)?.Attribute("value") == typed), cancellationToken);
            memory.Typed = null;
            return "back";
        }
        if (title != Goals)
        {
            throw new ExpectationFailedException($"expected the {Goals} or {Education} step, saw '{title}'");
        }
        if (memory.Typed is null)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"Become a data analyst in a public health team (user {memory.Number}, note {memory.Interactions})");
            var field = circuit.Query(CareerGoal) ?? throw new ExpectationFailedException(
                "no career goal field on: " + circuit.Query(d => d.TextContent()).ReplaceLineEndings(" ")[..300]);
            // Typing arrives as input events; one event with the whole text stands for a pasted answer.
            await circuit.DispatchAsync(field, "input", new { value = text, type = "input" }, cancellationToken: cancellationToken);
            memory.Typed = text;
            return "type";
        }
        var field2 = circuit.Query(CareerGoal)!;
        if (circuit.Listens(field2, "blur"))
        {
            await circuit.DispatchAsync(field2, "blur", new { type = "blur" }, cancellationToken: cancellationToken);
        }
        await circuit.ClickAsync("wizard-next", d => IsReady(d) && d.TextOf("step-title") == Education, cancellationToken);
        return "next";
    }

    private static DomNode? CareerGoal(DomMirror dom) => dom.Elements().FirstOrDefault(e => e.Name == "textarea");
}
