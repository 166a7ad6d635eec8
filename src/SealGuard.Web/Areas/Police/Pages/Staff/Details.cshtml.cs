using Microsoft.AspNetCore.Mvc;
using SealGuard.Core.Shops;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Areas.Police.Pages.Staff;

/// <summary>
/// One staff registration of the jurisdiction: the person (masked; revealed with a purpose, audited), the history, and
/// 通过 / 退回 (reason required) while it is pending. Another jurisdiction's registration is a 404.
/// </summary>
public sealed class DetailsModel(GetStaffHandler get, DecideStaffHandler decide) : PolicePage
{
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Purpose { get; set; }

    /// <summary>Set after the redirect that follows a decision, so the page says what was done.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Decided { get; set; }

    public StaffMemberView Staff { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) => ShowAsync(id, reveal: false, cancellationToken);

    public Task<IActionResult> OnPostAcceptAsync(long id, CancellationToken cancellationToken) =>
        DecideAsync(id, new StaffDecisionRequest(StaffState.Accepted, null), cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(long id, CancellationToken cancellationToken) =>
        DecideAsync(id, new StaffDecisionRequest(StaffState.Returned, Reason), cancellationToken);

    public async Task<IActionResult> OnPostRevealAsync(long id, CancellationToken cancellationToken)
    {
        var outcome = await get.HandleAsync(Actor, id, reveal: true, Purpose, cancellationToken);
        if (outcome.Value is { } revealed)
        {
            PersonalDataResponses.NoStore(Response);
            Staff = revealed;
            return Page();
        }

        if (outcome.Failure!.Kind == FailureKind.NotFound)
        {
            return NotFound();
        }

        Errors.Add(outcome.Failure);
        return await ShowAsync(id, reveal: false, cancellationToken);
    }

    private async Task<IActionResult> DecideAsync(long id, StaffDecisionRequest request, CancellationToken cancellationToken)
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
        if ((await get.HandleAsync(Actor, id, reveal, null, cancellationToken)).Value is not { } staff)
        {
            return NotFound();
        }

        Staff = staff;
        return Page();
    }
}
