using Microsoft.Playwright;

namespace SealGuard.BrowserTests.Infrastructure;

/// <summary>
/// Records every Content-Security-Policy violation a page reports: the browser's own console message and the
/// <c>securitypolicyviolation</c> event (hooked by an init script, which the policy does not govern).
/// </summary>
public sealed class CspWatch
{
    private const string Marker = "CSP violation: ";
    private readonly List<string> _violations = [];

    private CspWatch(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Text.StartsWith(Marker, StringComparison.Ordinal) || message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (_violations)
                {
                    _violations.Add($"{page.Url}: {message.Text}");
                }
            }
        };
    }

    /// <summary>Starts watching; call before the first navigation.</summary>
    public static async Task<CspWatch> StartAsync(IPage page)
    {
        var watch = new CspWatch(page);
        await page.Context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', function (e) { console.error('" + Marker + "' + e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber); });");
        return watch;
    }

    public IReadOnlyList<string> Violations
    {
        get
        {
            lock (_violations)
            {
                return [.. _violations];
            }
        }
    }
}
