using Microsoft.AspNetCore.Mvc;
using SealGuard.Core.Organizations;
using SealGuard.Web.Features.Organizations;

namespace SealGuard.Web.Areas.Police.Pages.Changes;

/// <summary>变更备案 review queue: the change filings of the officer's jurisdiction, newest first; pending ones by default.</summary>
public sealed class IndexModel(ListOrganizationChangesHandler handler) : PolicePage
{
    /// <summary>Pending, Approved, Rejected; empty for pending.</summary>
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    public OrganizationChangeState Shown { get; private set; } = OrganizationChangeState.Pending;

    public IReadOnlyList<OrganizationChangeSummary> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(Actor, string.IsNullOrEmpty(State) ? nameof(OrganizationChangeState.Pending) : State, cancellationToken);
        if (outcome.Value is null)
        {
            return BadRequest();
        }

        Shown = Enum.Parse<OrganizationChangeState>(string.IsNullOrEmpty(State) ? nameof(OrganizationChangeState.Pending) : State);
        Changes = outcome.Value;
        return Page();
    }
}
