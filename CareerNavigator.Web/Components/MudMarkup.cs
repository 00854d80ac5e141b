using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;

namespace CareerNavigator.Web.Components;

/// <summary>
/// MudBlazor's look as plain elements, for what every open onboarding wizard renders at each step change (its title,
/// card, buttons, progress bar and the editors' frames). Each MudButton there was three components (button, element,
/// icon) that re-rendered at every click because of their child content, building their class strings and attribute
/// dictionaries again; with 2,000 open wizards that render state was most of what each young garbage collection copied
/// (BENCHMARKS.md, circuit load). The classes here are the ones MudBlazor 9 renders for the same settings, so the page
/// looks the same; pages off that path keep the MudBlazor components. MudMarkupDriftTests renders each of these (and the
/// headings, card and step bar written as plain elements beside them) next to the real component and fails when a
/// MudBlazor upgrade changes what they copy.
/// </summary>
public static class MudMarkup
{
    /// <summary><c>&lt;MudButton Variant="Filled" Color="Primary"&gt;</c></summary>
    public const string FilledButton =
        "mud-button-root mud-button mud-button-filled mud-button-filled-primary mud-button-filled-size-medium mud-ripple";

    /// <summary><c>&lt;MudButton Variant="Outlined" Color="Primary"&gt;</c></summary>
    public const string OutlinedButton =
        "mud-button-root mud-button mud-button-outlined mud-button-outlined-primary mud-button-outlined-size-medium mud-ripple";

    /// <summary><c>&lt;MudButton Variant="Text"&gt;</c></summary>
    public const string TextButton =
        "mud-button-root mud-button mud-button-text mud-button-text-default mud-button-text-size-medium mud-ripple";

    private static readonly ConcurrentDictionary<(string Icon, bool Start), MarkupString> IconMarkup = new();

    /// <summary>A button's icon before its text (MudButton's <c>StartIcon</c>); one cached string per icon.</summary>
    public static MarkupString StartIcon(string icon) => ButtonIcon(icon, start: true);

    /// <summary>A button's icon after its text (MudButton's <c>EndIcon</c>).</summary>
    public static MarkupString EndIcon(string icon) => ButtonIcon(icon, start: false);

    private static MarkupString ButtonIcon(string icon, bool start) => IconMarkup.GetOrAdd((icon, start), key => new MarkupString(
        $"<span class=\"mud-button-icon-{(key.Start ? "start" : "end")} mud-button-icon-size-medium\">" +
        $"<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-medium\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" role=\"img\">{key.Icon}</svg></span>"));
}
