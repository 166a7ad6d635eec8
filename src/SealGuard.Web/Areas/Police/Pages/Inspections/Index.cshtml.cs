using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using SealGuard.Web.Features.Inspections;
using SealGuard.Web.Features.Shops;

namespace SealGuard.Web.Areas.Police.Pages.Inspections;

/// <summary>监督检查: the inspections of the jurisdiction, newest first unless sorted, filterable by shop; filter, order and page live in the URL.</summary>
public sealed class IndexModel(ListInspectionsHandler handler, ListShopsHandler shops) : PolicePage
{
    public const string Path = "/Police/Inspections";

    [BindProperty(SupportsGet = true)] public string? ShopCode { get; set; }

    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public InspectionPage Result { get; private set; } = new([], 0);

    public IReadOnlyList<ShopListItem> Shops { get; private set; } = [];

    public InspectionOrder Order => InspectionOrder.TryParse(Sort, out var order) ? order : InspectionOrder.Default;

    public int PageCount => Math.Max(1, (Result.Total + ListInspectionsHandler.PageSize - 1) / ListInspectionsHandler.PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = Actor;
        Shops = (await shops.HandleAsync(actor, null, null, cancellationToken)).Value ?? [];
        var order = Order;
        var outcome = await handler.HandleAsync(actor, ShopCode, order.Key, order.Descending, Math.Max(1, PageNumber), cancellationToken);
        if (outcome.Value is { } page)
        {
            Result = page;
        }
        else
        {
            Errors.Add(outcome.Failure!);
        }
    }

    /// <summary>This list with the current filter in another order (back to the first page) or on another page.</summary>
    public string ListUrl(string? sort, int page = 1) => QueryHelpers.AddQueryString(Path, new Dictionary<string, string?>
    {
        ["shopCode"] = ShopCode,
        ["sort"] = sort == InspectionOrder.Default.Value ? null : sort,
        ["p"] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
    }.Where(p => !string.IsNullOrWhiteSpace(p.Value)));

    /// <summary>An inspection's page, with the way back to this very list.</summary>
    public string DetailsUrl(long id) => QueryHelpers.AddQueryString(Path + "/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture), Web.Pages.ListReturn.Parameter, ListUrl(Sort, PageNumber));
}
