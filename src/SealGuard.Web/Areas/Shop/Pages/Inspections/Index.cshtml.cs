using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Inspections;

namespace SealGuard.Web.Areas.Shop.Pages.Inspections;

/// <summary>检查记录: the police inspections of the own shop, read-only, newest first unless sorted.</summary>
public sealed class IndexModel(ListInspectionsHandler handler) : PageModel
{
    public const string Path = "/Shop/Inspections";

    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public InspectionPage Result { get; private set; } = new([], 0);

    public InspectionOrder Order => InspectionOrder.TryParse(Sort, out var order) ? order : InspectionOrder.Default;

    public int PageCount => Math.Max(1, (Result.Total + ListInspectionsHandler.PageSize - 1) / ListInspectionsHandler.PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var order = Order;
        var outcome = await handler.HandleAsync(Actor.FromPrincipal(User, HttpContext.Connection.RemoteIpAddress?.ToString()), null, order.Key, order.Descending, Math.Max(1, PageNumber), cancellationToken);
        if (outcome.Value is null)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Result = outcome.Value;
        return Page();
    }

    public string ListUrl(string? sort, int page = 1) => QueryHelpers.AddQueryString(Path, new Dictionary<string, string?>
    {
        ["sort"] = sort == InspectionOrder.Default.Value ? null : sort,
        ["p"] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
    }.Where(p => !string.IsNullOrWhiteSpace(p.Value)));
}
