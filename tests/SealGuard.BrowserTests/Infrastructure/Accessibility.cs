using System.Text.Json;
using Microsoft.Playwright;

namespace SealGuard.BrowserTests.Infrastructure;

/// <summary>Runs axe-core (from npm, served from the test output, never a CDN) on the current page.</summary>
public static class Accessibility
{
    private static readonly Lazy<string> AxeScript = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe.min.js")));

    /// <summary>The serious and critical violations as "rule: target" lines (empty when the page passes).</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(this IPage page)
    {
        // Evaluated through the driver, not added as a <script> tag: the pages' Content-Security-Policy refuses inline script.
        await page.EvaluateAsync(AxeScript.Value);
        var json = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations");
        return json.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .SelectMany(v => v.GetProperty("nodes").EnumerateArray().Select(n => $"{v.GetProperty("id").GetString()}: {n.GetProperty("target")}"))
            .ToList();
    }
}
