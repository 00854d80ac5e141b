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

    public bool IsReady(DomMirror dom) => dom.TextOf("step-title") is Goals or Education && dom.ByTestId("wizard-next").IsClickable();

    public async Task<string> InteractAsync(BlazorCircuit circuit, UserMemory memory, CancellationToken cancellationToken)
    {
        var title = circuit.Query(d => d.TextOf("step-title"));
        if (title == Education)
        {
            var typed = memory.Typed;
            await circuit.ClickAsync("wizard-back", d => d.TextOf("step-title") == Goals && d.ByTestId("wizard-next").IsClickable()
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
            var field = circuit.Query(CareerGoal) ?? throw new ExpectationFailedException("no career goal field");
            // Typing arrives as input events; one event with the whole text stands for a pasted answer.
            await circuit.DispatchAsync(field, "input", new { value = text, type = "input" }, cancellationToken: cancellationToken);
            memory.Typed = text;
            return "type";
        }
        var field2 = circuit.Query(CareerGoal)!;
        await circuit.DispatchAsync(field2, "blur", new { type = "blur" }, cancellationToken: cancellationToken);
        await circuit.ClickAsync("wizard-next", d => d.TextOf("step-title") == Education && d.ByTestId("wizard-back").IsClickable(), cancellationToken);
        return "next";
    }

    private static DomNode? CareerGoal(DomMirror dom) => dom.Elements().FirstOrDefault(e => e.Name == "textarea");
}
