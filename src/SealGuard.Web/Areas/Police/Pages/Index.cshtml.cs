using Microsoft.AspNetCore.Mvc;
using SealGuard.Web.Features.Reports;

namespace SealGuard.Web.Areas.Police.Pages;

/// <summary>统计分析: the jurisdiction's figures, drawn as charts and always also given as tables.</summary>
public sealed class IndexModel(SealStatisticsHandler handler) : PolicePage
{
    public SealStatisticsView Statistics { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(Actor, cancellationToken);
        if (outcome.Value is null)
        {
            return Forbid();
        }

        Statistics = outcome.Value;
        return Page();
    }
}
