using Microsoft.AspNetCore.Mvc;
using SealGuard.Web.Features.Notices;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Areas.Police.Pages.Notices;

/// <summary>通知公告: the notices to the jurisdiction's shops with how many have read each, and the form to publish one.</summary>
public sealed class IndexModel(ListNoticesHandler list, PublishNoticeHandler publish, ListShopsHandler shops) : PolicePage
{
    public const string ToDivision = "division";
    public const string ToShops = "shops";

    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Body { get; set; }

    /// <summary>Whom to address: <see cref="ToDivision"/> (all shops of <see cref="DivisionPrefix"/>) or <see cref="ToShops"/>.</summary>
    [BindProperty] public string Audience { get; set; } = ToDivision;

    [BindProperty] public string? DivisionPrefix { get; set; }
    [BindProperty] public List<string> ShopCodes { get; set; } = [];

    public IReadOnlyList<NoticeSummary> Notices { get; private set; } = [];
    public IReadOnlyList<ShopListItem> Shops { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        DivisionPrefix = Actor.Jurisdiction.Count > 0 ? Actor.Jurisdiction[0] : null;
        return ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var request = Audience == ToShops ? new NoticeRequest(Title, Body, null, ShopCodes) : new NoticeRequest(Title, Body, DivisionPrefix, null);
        var outcome = await publish.HandleAsync(Actor, request, cancellationToken);
        if (outcome.Value is { } published)
        {
            return RedirectToPage("Details", new { id = published.Id });
        }

        Errors.Add(outcome.Failure!);
        return await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        var outcome = await list.HandleAsync(Actor, cancellationToken);
        if (outcome.Failure?.Kind == FailureKind.Forbidden)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Notices = outcome.Value ?? [];
        Shops = (await shops.HandleAsync(Actor, null, null, cancellationToken)).Value ?? [];
        return Page();
    }
}
