using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using SealGuard.Web.Features.Inspections;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Areas.Police.Pages.Rectifications;

/// <summary>整改通知: the rectifications of the jurisdiction by state (open by default), soonest deadline first, overdue marked; filterable by shop.</summary>
public sealed class IndexModel(ListRectificationsHandler handler, ListShopsHandler shops) : PolicePage
{
    public const string Path = "/Police/Rectifications";

    [BindProperty(SupportsGet = true)] public string? State { get; set; }

    [BindProperty(SupportsGet = true)] public string? ShopCode { get; set; }

    public RectificationFilter Shown { get; private set; } = RectificationFilter.Open;

    public IReadOnlyList<RectificationSummary> Items { get; private set; } = [];

    public IReadOnlyList<ShopListItem> Shops { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!EnumName.TryParse<RectificationFilter>(string.IsNullOrEmpty(State) ? nameof(RectificationFilter.Open) : State, out var shown))
        {
            return BadRequest();
        }

        Shown = shown;
        var actor = Actor;
        Shops = (await shops.HandleAsync(actor, null, null, cancellationToken)).Value ?? [];
        var outcome = await handler.HandleAsync(actor, Shown, ShopCode, cancellationToken);
        if (outcome.Value is null)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Items = outcome.Value;
        return Page();
    }

    /// <summary>This list on another tab, with the current shop filter.</summary>
    public string ListUrl(RectificationFilter state) => QueryHelpers.AddQueryString(Path, new Dictionary<string, string?>
    {
        ["state"] = state == RectificationFilter.Open ? null : state.ToString(),
        ["shopCode"] = ShopCode,
    }.Where(p => !string.IsNullOrWhiteSpace(p.Value)));

    /// <summary>A rectification's page, with the way back to this very tab.</summary>
    public string DetailsUrl(long id) => QueryHelpers.AddQueryString(Path + "/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture), Web.Pages.ListReturn.Parameter, ListUrl(Shown));
}
