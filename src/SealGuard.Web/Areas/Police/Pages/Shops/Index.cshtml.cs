using Microsoft.AspNetCore.Mvc;
using SealGuard.Core.Divisions;
using SealGuard.Web.Features.Shops;

namespace SealGuard.Web.Areas.Police.Pages.Shops;

/// <summary>刻章店: the engraving shops of the jurisdiction, filterable by county.</summary>
public sealed class IndexModel(ListShopsHandler handler) : PolicePage
{
    [BindProperty(SupportsGet = true)] public string? Division { get; set; }

    public IReadOnlyList<ShopListItem> Shops { get; private set; } = [];

    public IReadOnlyList<Division> Divisions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = Actor;
        Divisions = DivisionCatalog.Default.All
            .Where(d => d.Level == DivisionLevel.County && d.Name != "市辖区" && actor.CanSeeDivision(d.Code))
            .ToList();
        var outcome = await handler.HandleAsync(actor, Division, cancellationToken);
        Shops = outcome.Value ?? [];
        if (outcome.Failure is { } failure)
        {
            Errors.Add(failure);
        }
    }
}
