using Microsoft.AspNetCore.Mvc;
using SealGuard.Core.Divisions;
using SealGuard.Core.Shops;
using SealGuard.Web.Features.Shops;

namespace SealGuard.Web.Areas.Police.Pages.Staff;

/// <summary>从业人员审核: the staff registrations of the jurisdiction's shops, pending first; filter by state, county and shop code.</summary>
public sealed class IndexModel(ListStaffRegistrationsHandler handler) : PolicePage
{
    [BindProperty(SupportsGet = true)] public StaffState? State { get; set; }
    [BindProperty(SupportsGet = true)] public string? Division { get; set; }
    [BindProperty(SupportsGet = true)] public string? ShopCode { get; set; }

    public IReadOnlyList<StaffListItem> Staff { get; private set; } = [];

    public IReadOnlyList<Division> Divisions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = Actor;
        Divisions = DivisionCatalog.Default.All
            .Where(d => d.Level == DivisionLevel.County && d.Name != "市辖区" && actor.CanSeeDivision(d.Code))
            .ToList();
        var outcome = await handler.HandleAsync(actor, new StaffFilters(State, ShopCode?.Trim(), Division), cancellationToken);
        Staff = outcome.Value ?? [];
        if (outcome.Failure is { } failure)
        {
            Errors.Add(failure);
        }
    }
}
