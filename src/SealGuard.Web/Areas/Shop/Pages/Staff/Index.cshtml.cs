using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SealGuard.Core.Shops;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Shops;

namespace SealGuard.Web.Areas.Shop.Pages.Staff;

/// <summary>
/// 从业人员 of the signed-in shop with their registration states (ID numbers masked), searchable by name; the manager
/// registers new staff from here. Says up front when the signed-in account itself may not take intakes.
/// </summary>
public sealed class IndexModel(ListStaffHandler shop, ListStaffRegistrationsHandler list, OperatorStandingHandler standing) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true)]
    public StaffState? State { get; set; }

    public MyShopView Shop { get; private set; } = null!;

    public IReadOnlyList<StaffListItem> Staff { get; private set; } = [];

    public OperatorStanding Standing { get; private set; } = new(true, null, null);

    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = Actor.FromPrincipal(User, HttpContext.Connection.RemoteIpAddress?.ToString());
        if ((await shop.HandleAsync(actor, cancellationToken)).Value is not { } mine)
        {
            return NotFound();
        }

        Shop = mine;
        var rows = (await list.HandleAsync(actor, new StaffFilters(State, mine.ShopCode), cancellationToken)).Value ?? [];
        Staff = string.IsNullOrWhiteSpace(Name) ? rows : rows.Where(s => s.Name.Contains(Name.Trim(), StringComparison.Ordinal)).ToList();
        Standing = await standing.HandleAsync(actor, cancellationToken);
        CanManage = actor.Can(Capability.ManageStaff);
        return Page();
    }
}
