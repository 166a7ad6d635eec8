using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Notices;

namespace SealGuard.Web.Areas.Shop.Pages.Notices;

/// <summary>One notice; opening it is the shop's read receipt (the first time).</summary>
public sealed class DetailsModel(ReadNoticeHandler handler) : PageModel
{
    public ShopNoticeView Notice { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(Actor.FromPrincipal(User, HttpContext.Connection.RemoteIpAddress?.ToString()), id, cancellationToken);
        if (outcome.Value is null)
        {
            return NotFound();
        }

        Notice = outcome.Value;
        return Page();
    }
}
