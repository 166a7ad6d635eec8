using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Shops;

namespace SealGuard.Web.Areas.Shop.Pages.Filing;

/// <summary>One version of the shop's own filing as it was filed and decided (persons masked); another shop's is a 404.</summary>
public sealed class VersionModel(ReadShopFilingsHandler reader) : PageModel
{
    public ShopFilingVersionView Filing { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var actor = Actor.FromPrincipal(User, HttpContext.Connection.RemoteIpAddress?.ToString());
        if ((await reader.VersionAsync(actor, id, reveal: false, purpose: null, cancellationToken)).Value is not { } filing)
        {
            return NotFound();
        }

        Filing = filing;
        return Page();
    }
}
