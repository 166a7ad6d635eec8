using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using SealGuard.Core.Organizations;
using SealGuard.Web.Features.Organizations;

namespace SealGuard.Web.Areas.Police.Pages.Changes;

/// <summary>变更备案 review queue: the change filings of the officer's jurisdiction, pending ones by default, newest first unless sorted; tab and order live in the URL.</summary>
public sealed class IndexModel(ListOrganizationChangesHandler handler) : PolicePage
{
    public const string Path = "/Police/Changes";

    /// <summary>Pending, Approved, Rejected; empty for pending.</summary>
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    public OrganizationChangeState Shown { get; private set; } = OrganizationChangeState.Pending;

    public OrganizationChangePage Changes { get; private set; } = new([], 0, ChangeOrder.Default.Value);

    public ChangeOrder Order => ChangeOrder.TryParse(Sort, out var order) ? order : ChangeOrder.Default;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(Actor, string.IsNullOrEmpty(State) ? nameof(OrganizationChangeState.Pending) : State, Sort, cancellationToken);
        if (outcome.Value is null)
        {
            return BadRequest();
        }

        Shown = Enum.Parse<OrganizationChangeState>(string.IsNullOrEmpty(State) ? nameof(OrganizationChangeState.Pending) : State);
        Changes = outcome.Value;
        return Page();
    }

    /// <summary>This queue in another tab or order.</summary>
    public string ListUrl(OrganizationChangeState state, string? sort) => QueryHelpers.AddQueryString(Path, new Dictionary<string, string?>
    {
        ["state"] = state == OrganizationChangeState.Pending ? null : state.ToString(),
        ["sort"] = sort == ChangeOrder.Default.Value ? null : sort,
    }.Where(p => !string.IsNullOrWhiteSpace(p.Value)));

    /// <summary>A change filing's page, with the way back to this very tab and order.</summary>
    public string DetailsUrl(long id) => QueryHelpers.AddQueryString(Path + "/" + id, Web.Pages.ListReturn.Parameter, ListUrl(Shown, Sort));
}
