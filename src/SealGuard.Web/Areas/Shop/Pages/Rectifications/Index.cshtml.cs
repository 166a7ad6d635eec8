using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Inspections;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Areas.Shop.Pages.Rectifications;

/// <summary>整改通知 of the own shop: the open ones first (deadline, what is marked), the finished ones on their tab.</summary>
public sealed class IndexModel(ListRectificationsHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? State { get; set; }

    public RectificationFilter Shown { get; private set; } = RectificationFilter.Open;

    public IReadOnlyList<RectificationSummary> Items { get; private set; } = [];

    /// <summary>The tabs of the shop's list: what is to do, and what is done.</summary>
    public static IReadOnlyList<RectificationFilter> Tabs => [RectificationFilter.Open, RectificationFilter.Done];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!EnumName.TryParse<RectificationFilter>(string.IsNullOrEmpty(State) ? nameof(RectificationFilter.Open) : State, out var shown))
        {
            return BadRequest();
        }

        Shown = shown;
        var outcome = await handler.HandleAsync(Actor.FromPrincipal(User, HttpContext.Connection.RemoteIpAddress?.ToString()), shown, null, cancellationToken);
        if (outcome.Value is null)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Items = outcome.Value;
        return Page();
    }
}
