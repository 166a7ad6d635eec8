using Microsoft.AspNetCore.Mvc;
using SealGuard.Web.Features.Organizations;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Areas.Police.Pages.Changes;

/// <summary>One change filing: old against new values and the seals to surrender, with 通过 and 退回 (reason required).</summary>
public sealed class DetailsModel(GetOrganizationChangeHandler get, ReviewOrganizationChangeHandler review) : PolicePage
{
    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Back { get; set; }

    /// <summary>Where 返回 goes: the queue it came from (its tab and order), or the pending queue.</summary>
    public string BackToQueue => Web.Pages.ListReturn.To(IndexModel.Path, Back);

    /// <summary>Set after the redirect that follows a decision, so the page says what was done.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Decided { get; set; }

    public OrganizationChangeView Change { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostApproveAsync(long id, CancellationToken cancellationToken) =>
        await DecidedAsync(id, await review.ApproveAsync(Actor, id, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostRejectAsync(long id, CancellationToken cancellationToken) =>
        await DecidedAsync(id, await review.RejectAsync(Actor, id, new ReviewRequest(Reason), cancellationToken), cancellationToken);

    private async Task<IActionResult> DecidedAsync(long id, Outcome<OrganizationChangeView> outcome, CancellationToken cancellationToken)
    {
        if (outcome.IsSuccess)
        {
            return RedirectToPage(new { id, decided = true, back = Back });
        }

        var failure = outcome.Failure!;
        if (failure.Kind == FailureKind.NotFound)
        {
            return NotFound();
        }

        Errors.Add(failure);
        return await ShowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(long id, CancellationToken cancellationToken)
    {
        var outcome = await get.HandleAsync(Actor, id, cancellationToken);
        if (outcome.Value is null)
        {
            return NotFound();
        }

        Change = outcome.Value;
        return Page();
    }
}
