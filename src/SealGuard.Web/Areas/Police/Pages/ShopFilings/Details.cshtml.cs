using Microsoft.AspNetCore.Mvc;
using SealGuard.Core.Shops;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Areas.Police.Pages.ShopFilings;

/// <summary>
/// One version of a shop filing of the jurisdiction: every item (the ones changed since the previous version marked), the
/// images, the shop's other versions, and 通过 / 退回 (reason required) while it is submitted. Another jurisdiction's is a 404.
/// </summary>
public sealed class DetailsModel(ReadShopFilingsHandler reader, DecideShopFilingHandler decide) : PolicePage
{
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Purpose { get; set; }

    /// <summary>Set after the redirect that follows a decision, so the page says what was done.</summary>
    [BindProperty(SupportsGet = true)] public bool Decided { get; set; }

    public ShopFilingVersionView Filing { get; private set; } = null!;

    public IReadOnlyList<ShopFilingSummary> Versions { get; private set; } = [];

    public bool IsChanged(string field) => Filing.Changes.Contains(field);

    public Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) => ShowAsync(id, reveal: false, cancellationToken);

    public Task<IActionResult> OnPostAcceptAsync(long id, CancellationToken cancellationToken) =>
        DecideAsync(id, new ShopFilingDecisionRequest(ShopFilingState.Accepted, null), cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(long id, CancellationToken cancellationToken) =>
        DecideAsync(id, new ShopFilingDecisionRequest(ShopFilingState.Returned, Reason), cancellationToken);

    public async Task<IActionResult> OnPostRevealAsync(long id, CancellationToken cancellationToken)
    {
        var outcome = await reader.VersionAsync(Actor, id, reveal: true, Purpose, cancellationToken);
        if (outcome.Value is { } revealed)
        {
            PersonalDataResponses.NoStore(Response);
            Filing = revealed;
            Versions = (await reader.OverviewAsync(Actor, revealed.ShopCode, cancellationToken)).Value?.Versions ?? [];
            return Page();
        }

        if (outcome.Failure!.Kind == FailureKind.NotFound)
        {
            return NotFound();
        }

        Errors.Add(outcome.Failure);
        return await ShowAsync(id, reveal: false, cancellationToken);
    }

    private async Task<IActionResult> DecideAsync(long id, ShopFilingDecisionRequest request, CancellationToken cancellationToken)
    {
        var outcome = await decide.HandleAsync(Actor, id, request, cancellationToken);
        if (outcome.IsSuccess)
        {
            return RedirectToPage(new { id, decided = true });
        }

        if (outcome.Failure!.Kind == FailureKind.NotFound)
        {
            return NotFound();
        }

        Errors.Add(outcome.Failure);
        return await ShowAsync(id, reveal: false, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(long id, bool reveal, CancellationToken cancellationToken)
    {
        if ((await reader.VersionAsync(Actor, id, reveal, null, cancellationToken)).Value is not { } filing)
        {
            return NotFound();
        }

        Filing = filing;
        Versions = (await reader.OverviewAsync(Actor, filing.ShopCode, cancellationToken)).Value?.Versions ?? [];
        return Page();
    }
}
