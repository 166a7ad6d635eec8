using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Shops;

namespace SealGuard.Web.Areas.Shop.Pages.Staff;

/// <summary>从业人员 of the signed-in shop, read-only (staff are filed with the police); searchable by name.</summary>
public sealed class IndexModel(ListStaffHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    public MyShopView Shop { get; private set; } = null!;

    public IReadOnlyList<StaffView> Staff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(Actor.FromPrincipal(User, HttpContext.Connection.RemoteIpAddress?.ToString()), cancellationToken);
        if (outcome.Value is not { } shop)
        {
            return NotFound();
        }

        Shop = shop;
        Staff = string.IsNullOrWhiteSpace(Name) ? shop.Staff : shop.Staff.Where(s => s.Name.Contains(Name.Trim(), StringComparison.Ordinal)).ToList();
        return Page();
    }
}
