using Microsoft.AspNetCore.Mvc;
using SealGuard.Web.Features.Alerts;
using SealGuard.Web.Features.Reports;

namespace SealGuard.Web.Areas.Police.Pages;

/// <summary>统计分析: the jurisdiction's open alerts by rule, and its figures, drawn as charts and always also given as tables.</summary>
public sealed class IndexModel(SealStatisticsHandler handler, CountOpenAlertsHandler alerts) : PolicePage
{
    public SealStatisticsView Statistics { get; private set; } = null!;

    /// <summary>The alerts not closed, by rule (empty for a role that does not handle alerts).</summary>
    public IReadOnlyList<OpenAlertCount> OpenAlerts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(Actor, cancellationToken);
        if (outcome.Value is null)
        {
            return Forbid();
        }

        Statistics = outcome.Value;
        OpenAlerts = (await alerts.HandleAsync(Actor, cancellationToken)).Value ?? [];
        return Page();
    }
}
