using System.Text.RegularExpressions;
using CareerNavigator.Load.Circuits;
using CareerNavigator.Load.Dom;

namespace CareerNavigator.Load.Scenarios;

/// <summary>(b) A user with a complete profile on one of their documents, generating a new version with the built-in generator.</summary>
public sealed partial class ProductScenario : IScenario
{
    private static readonly string[] Products =
        ["cv", "career_plan_1y", "suggested_courses", "possible_jobs", "linkedin_export", "career_plan_3y", "possible_companies", "relocation_help", "career_plan_5y"];

    public string Name => "products";
    public string AccountKind => "complete";
    public bool Interacts => true;

    public string PagePath(int userNumber) => "products/" + Products[userNumber % Products.Length];

    public bool IsReady(DomMirror dom) => dom.ByTestId("generate").IsClickable();

    public string Describe(DomMirror dom) =>
        $"'{dom.TextOf("version-caption")}', status '{dom.TextOf("generation-status")}', error '{dom.TextOf("generation-error")}'";

    public async Task<string> InteractAsync(BlazorCircuit circuit, UserMemory memory, CancellationToken cancellationToken)
    {
        var shown = circuit.Query(Version);
        await circuit.ClickAsync("generate", d => Version(d) == shown + 1 && d.ByTestId("generate").IsClickable(), cancellationToken);
        return "generate";
    }

    /// <summary>The version on show ("Version 3 (active) · made by …"), 0 when there is none yet.</summary>
    private static int Version(DomMirror dom) =>
        dom.TextOf("version-caption") is { } caption && VersionNumber().Match(caption) is { Success: true } match
            ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            : 0;

    [GeneratedRegex(@"Version (\d+)")]
    private static partial Regex VersionNumber();
}
