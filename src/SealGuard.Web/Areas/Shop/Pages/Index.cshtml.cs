using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Seals;

namespace SealGuard.Web.Areas.Shop.Pages;

/// <summary>工作台: the shop's work stages with counts linking to the filtered seal list, and the latest filings.</summary>
public sealed class IndexModel(ShopWorkloadHandler handler) : PageModel
{
    public ShopWorkloadView Workload { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(Actor.FromPrincipal(User, HttpContext.Connection.RemoteIpAddress?.ToString()), cancellationToken);
        if (outcome.Value is not { } workload)
        {
            return Forbid();
        }

        Workload = workload;
        return Page();
    }
}
