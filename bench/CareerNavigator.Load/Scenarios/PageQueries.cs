using CareerNavigator.Load.Circuits;
using CareerNavigator.Load.Dom;

namespace CareerNavigator.Load.Scenarios;

/// <summary>Finding things on the mirrored page, by the test ids the app's own tests use.</summary>
public static class PageQueries
{
    public static DomNode? ByTestId(this DomMirror dom, string testId) => dom.FindByAttribute("data-testid", testId);

    public static string? TextOf(this DomMirror dom, string testId) => dom.ByTestId(testId)?.TextContent().Trim();

    public static bool IsClickable(this DomNode? element) =>
        element is not null && element.Attribute("disabled") is null && (element.EventHandlers.ContainsKey("click") || element.SubmittedForm() is not null);

    /// <summary>
    /// The form a submit button with no click handler of its own submits (the wizard's "Save and continue" names its form
    /// with HTML's form attribute): a browser's click on it reaches the server as that form's submit event.
    /// </summary>
    public static DomNode? SubmittedForm(this DomNode button)
    {
        if (button.Attribute("type") != "submit" || button.Attribute("form") is not { } formId)
        {
            return null;
        }
        for (var ancestor = button.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ancestor.Children.FirstOrDefault(c => c.Name == "form" && c.Attribute("id") == formId) is { } form)
            {
                return form.EventHandlers.ContainsKey("submit") ? form : null;
            }
        }
        return null;
    }

    /// <summary>Clicks the element with <paramref name="testId"/> once it is enabled, and waits until <paramref name="expected"/> holds.</summary>
    public static async Task ClickAsync(this BlazorCircuit circuit, string testId, Func<DomMirror, bool> expected, CancellationToken cancellationToken)
    {
        var button = circuit.Query(d => d.ByTestId(testId));
        if (!circuit.Query(_ => button.IsClickable()))
        {
            throw new ExpectationFailedException($"no enabled '{testId}' to click");
        }
        if (circuit.Listens(button!, "click"))
        {
            await circuit.DispatchAsync(button!, "click", MouseClick, cancellationToken: cancellationToken);
        }
        else
        {
            await circuit.DispatchAsync(circuit.Query(_ => button!.SubmittedForm())!, "submit", new { type = "submit" }, cancellationToken: cancellationToken);
        }
        await circuit.WaitForAsync(expected, cancellationToken);
    }

    public static readonly object MouseClick = new
    {
        detail = 1, screenX = 0, screenY = 0, clientX = 0, clientY = 0, offsetX = 0, offsetY = 0, pageX = 0, pageY = 0,
        movementX = 0, movementY = 0, button = 0, buttons = 0, ctrlKey = false, shiftKey = false, altKey = false,
        metaKey = false, type = "click",
    };
}

public sealed class ExpectationFailedException(string message) : Exception(message);
