using CareerNavigator.Load.Circuits;
using CareerNavigator.Load.Dom;

namespace CareerNavigator.Load.Scenarios;

/// <summary>Finding things on the mirrored page, by the test ids the app's own tests use.</summary>
public static class PageQueries
{
    public static DomNode? ByTestId(this DomMirror dom, string testId) => dom.FindByAttribute("data-testid", testId);

    public static string? TextOf(this DomMirror dom, string testId) => dom.ByTestId(testId)?.TextContent().Trim();

    public static bool IsClickable(this DomNode? element) =>
        element is not null && element.EventHandlers.ContainsKey("click") && element.Attribute("disabled") is null;

    /// <summary>Clicks the element with <paramref name="testId"/> once it is enabled, and waits until <paramref name="expected"/> holds.</summary>
    public static async Task ClickAsync(this BlazorCircuit circuit, string testId, Func<DomMirror, bool> expected, CancellationToken cancellationToken)
    {
        var button = circuit.Query(d => d.ByTestId(testId));
        if (!circuit.Query(_ => button.IsClickable()))
        {
            throw new ExpectationFailedException($"no enabled '{testId}' to click");
        }
        await circuit.DispatchAsync(button!, "click", MouseClick, cancellationToken: cancellationToken);
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
