using System.Text.Json;
using Microsoft.Playwright;

namespace CareerNavigator.Tests.Accessibility;

/// <summary>Runs axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules on the page as it is now.</summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Accessibility", "axe-core", "axe.min.js")));

    /// <summary>Fails with each violation's rule, impact and offending elements.</summary>
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        // Evaluated through the browser's debugging protocol, which the page's Content-Security-Policy does not govern.
        await page.EvaluateAsync(Script.Value);
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
              return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' [' + (n.html || '').slice(0, 120) + '] ' + (n.failureSummary || '').replace(/\s+/g, ' ')) }));
            }
            """);
        var violations = result.EnumerateArray()
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()} at {string.Join(", ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()))}")
            .ToList();
        Assert.True(violations.Count == 0, $"{page.Url} has {violations.Count} WCAG violation(s):\n" + string.Join("\n", violations));
    }
}
