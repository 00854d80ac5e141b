using Bunit;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Components.Profile;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace CareerNavigator.Tests.Components;

/// <summary>
/// The light outlined text field against the MudTextField it copies, rendered with the same settings: a MudBlazor
/// upgrade that changes the text field's classes or structure fails here, not silently on screen.
/// </summary>
public sealed class OutlinedTextFieldDriftTests
{
    /// <summary>One way the editors use the field.</summary>
    public sealed record Use(string Label, string? Value = null, int Lines = 1, string InputType = "text", string? Placeholder = null,
        string? HelperText = null, string? Error = null, int? MaxLength = null, bool Required = false, bool Disabled = false, string? Class = null);

    private static readonly Dictionary<string, Use> Uses = new()
    {
        ["one line with a value"] = new("Full name", Value: "Ana María", MaxLength: 200),
        ["one line, empty, with a placeholder and helper text"] = new("Email on your CV", InputType: "email", Placeholder: "you@example.com",
            HelperText: "Empty: your sign-in email is used.", MaxLength: 254, Class: "mt-3"),
        ["one line for a phone number"] = new("Phone", InputType: "tel", MaxLength: 40),
        ["one line with an error"] = new("LinkedIn profile address (optional)", Value: "https://example.com", InputType: "url", Error: "Enter your LinkedIn address."),
        ["several lines with helper text"] = new("Summary (optional)", Lines: 4, MaxLength: 2000, Class: "mt-3 grows-with-text",
            HelperText: "A few sentences about you."),
        ["several lines, required, with an error"] = new("Your career goal", Lines: 3, Required: true, Error: "Keep your career goal under 4,000 characters."),
        ["one line, disabled"] = new("Headline", Value: "Engineer", Disabled: true),
    };

    public static TheoryData<string> UseNames => [.. Uses.Keys];

    /// <summary>What the light field leaves out of MudTextField's markup, and why.</summary>
    private static MudLikeness.Differences DifferencesFor(Use use) => new()
    {
        // The slot MudTextField keeps beside a one-line input for a hidden input's child content (never shown here).
        MudOnlyElements = [".mud-input > div.mud-input-slot"],
        MudOnlyAttributes =
        [
            // A keyboard hint equal to the type's own default, and "type" on a textarea, which has none.
            "inputmode", "textarea@type",
            // MudBlazor's stand-in when no limit is given (524288); the light field writes a limit only when there is one.
            .. use.MaxLength is null ? ["maxlength"] : Array.Empty<string>(),
        ],
        // An error message is tied to its field for screen readers (MudBlazor ties only helper text).
        LightOnlyAttributes = use.Error is null ? [] : ["input@aria-describedby", "textarea@aria-describedby", ".me-auto@id"],
    };

    [Theory]
    [MemberData(nameof(UseNames))]
    public async Task The_light_field_renders_what_MudTextField_renders(string name)
    {
        var use = Uses[name];
        await using var ctx = ComponentTestContext.Create();

        var mud = ctx.Render<MudTextField<string>>(p =>
        {
            p.Add(f => f.Variant, Variant.Outlined)
            .Add(f => f.Label, use.Label)
            .Add(f => f.Value, use.Value)
            .Add(f => f.Lines, use.Lines)
            .Add(f => f.InputType, use.InputType == "tel" ? InputType.Telephone : Enum.Parse<InputType>(use.InputType, ignoreCase: true))
            .Add(f => f.Placeholder, use.Placeholder)
            .Add(f => f.HelperText, use.HelperText)
            .Add(f => f.Error, use.Error is not null)
            .Add(f => f.ErrorText, use.Error)
            .Add(f => f.Required, use.Required)
            .Add(f => f.Disabled, use.Disabled)
            .Add(f => f.Class, use.Class)
            .AddUnmatched("data-testid", "the-field");
            if (use.MaxLength is { } limit)
            {
                p.Add(f => f.MaxLength, limit);
            }
        });
        var light = RenderLight(ctx, use);

        MudLikeness.AssertSameShape(mud.Find(".mud-input-control"), light.Find(".mud-input-control"), DifferencesFor(use));
    }

    /// <summary>The light field as an editor shows it: inside the editor's EditContext, which holds its message.</summary>
    private static IRenderedComponent<CascadingValue<EditContext>> RenderLight(BunitContext ctx, Use use)
    {
        var model = new Model { Text = use.Value };
        var context = new EditContext(model);
        if (use.Error is not null)
        {
            new ValidationMessageStore(context).Add(new FieldIdentifier(model, nameof(Model.Text)), use.Error);
        }
        return ctx.Render<CascadingValue<EditContext>>(p => p
            .Add(c => c.Value, context)
            .Add(c => c.IsFixed, true)
            .AddChildContent<OutlinedTextField>(f => f
                .Add(t => t.Label, use.Label)
                .Add(t => t.Value, model.Text)
                .Add(t => t.For, (System.Linq.Expressions.Expression<Func<string?>>)(() => model.Text))
                .Add(t => t.Lines, use.Lines)
                .Add(t => t.InputType, use.InputType)
                .Add(t => t.Placeholder, use.Placeholder)
                .Add(t => t.HelperText, use.HelperText)
                .Add(t => t.MaxLength, use.MaxLength)
                .Add(t => t.Required, use.Required)
                .Add(t => t.Disabled, use.Disabled)
                .Add(t => t.Class, use.Class)
                .AddUnmatched("data-testid", "the-field")));
    }

    private sealed class Model
    {
        public string? Text { get; set; }
    }
}
