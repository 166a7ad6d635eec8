using Microsoft.AspNetCore.Mvc;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Organizations;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Areas.Police.Pages.Organizations;

/// <summary>An organization (统一社会信用代码 or 单位编码 in the URL) with all its seals over time, its state (存续/注销) and that state's history.</summary>
public sealed class DetailsModel(GetOrganizationSealsHandler handler, SetOrganizationStateHandler setState) : PolicePage
{
    public OrganizationSealsView Organization { get; private set; } = null!;

    /// <summary>Whether the officer may mark the organization deregistered or active (the form is shown only then).</summary>
    public bool CanSetState => Actor.Can(Capability.SetOrganizationState);

    [BindProperty]
    public string? State { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken) => ShowAsync(key, cancellationToken);

    public async Task<IActionResult> OnPostStateAsync(string key, CancellationToken cancellationToken)
    {
        var shown = await handler.HandleAsync(Actor, key, cancellationToken);
        if (shown.Value is null)
        {
            return NotFound();
        }

        var outcome = await setState.HandleAsync(Actor, shown.Value.CreditCode, new OrganizationStateRequest(State, Note), cancellationToken);
        if (outcome.IsSuccess)
        {
            return RedirectToPage(new { key });
        }

        if (outcome.Failure!.Kind == FailureKind.Forbidden)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Errors.Add(outcome.Failure);
        return await ShowAsync(key, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(string key, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(Actor, key, cancellationToken);
        if (outcome.Value is null)
        {
            return NotFound();
        }

        Organization = outcome.Value;
        return Page();
    }
}
