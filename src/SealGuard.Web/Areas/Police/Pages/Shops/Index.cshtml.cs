using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using SealGuard.Core.Divisions;
using SealGuard.Web.Features.Shops;

namespace SealGuard.Web.Areas.Police.Pages.Shops;

/// <summary>刻章店: the engraving shops of the jurisdiction, filterable by county and sortable by column; the filter and order live in the URL.</summary>
public sealed class IndexModel(ListShopsHandler handler) : PolicePage
{
    public const string Path = "/Police/Shops";

    [BindProperty(SupportsGet = true)] public string? Division { get; set; }

    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    public IReadOnlyList<ShopListItem> Shops { get; private set; } = [];

    public IReadOnlyList<Division> Divisions { get; private set; } = [];

    public ShopOrder Order => ShopOrder.TryParse(Sort, out var order) ? order : ShopOrder.Default;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = Actor;
        Divisions = DivisionCatalog.Default.All
            .Where(d => d.Level == DivisionLevel.County && d.Name != "市辖区" && actor.CanSeeDivision(d.Code))
            .ToList();
        var outcome = await handler.HandleAsync(actor, Division, Sort, cancellationToken);
        Shops = outcome.Value ?? [];
        if (outcome.Failure is { } failure)
        {
            Errors.Add(failure);
        }
    }

    /// <summary>This list with the current filter in another order.</summary>
    public string ListUrl(string? sort) => QueryHelpers.AddQueryString(Path, new Dictionary<string, string?>
    {
        ["division"] = Division,
        ["sort"] = sort == ShopOrder.Default.Value ? null : sort,
    }.Where(p => !string.IsNullOrWhiteSpace(p.Value)));

    /// <summary>A shop's page, with the way back to this very list.</summary>
    public string DetailsUrl(string shopCode) => QueryHelpers.AddQueryString(Path + "/" + shopCode, Web.Pages.ListReturn.Parameter, ListUrl(Sort));
}
