namespace CareerNavigator.Web.Components.Profile;

/// <summary>
/// The form that Enter in a one-line field submits, as a browser does on its own: the wizard's step (its "Save and
/// continue" button) or, on /profile, the section (its "Save" button). The form element is empty and the one-line fields
/// join it through HTML's <c>form</c> attribute, so what sits between them is in no form at all: a text area keeps Enter
/// for new lines, a chip list keeps it for adding a chip, and a record being edited keeps its own form (a form inside a
/// form is not valid HTML). The form has <c>novalidate</c>: the editor's validation shows its messages, not the browser's.
/// </summary>
public sealed record EnterSubmits(string FormId)
{
    /// <summary>The wizard's step form: one per page.</summary>
    public static EnterSubmits Step { get; } = new("wizard-step");

    /// <summary>A profile section's own form; the page holds several.</summary>
    public static EnterSubmits NewSection() => new("section-" + Guid.NewGuid().ToString("N")[..12]);
}
