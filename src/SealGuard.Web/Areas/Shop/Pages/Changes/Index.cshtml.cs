using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SealGuard.Core.Filings;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Organizations;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Pages;

namespace SealGuard.Web.Areas.Shop.Pages.Changes;

/// <summary>
/// 变更备案: the credit code loads the organization's current record and the shop's in-use seals for it (a GET, so it
/// works without script); the form posts to the change filing handler; below, the shop's own change filings.
/// </summary>
public sealed class IndexModel(FileOrganizationChangeHandler file, ListOrganizationChangesHandler list, OrganizationLookupHandler lookup, SearchSealsHandler seals) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? CreditCode { get; set; }

    /// <summary>The order of the shop's own change filings (<see cref="ChangeOrder"/>).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>The id of the change just filed, after the redirect, for the confirmation.</summary>
    [BindProperty(SupportsGet = true)]
    public long? Filed { get; set; }

    [BindProperty]
    public string? NewName { get; set; }

    [BindProperty]
    public PersonForm NewLegalRepresentative { get; set; } = new();

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public List<string> SurrenderSealCodes { get; set; } = [];

    public OrganizationPrefill? Organization { get; private set; }

    public IReadOnlyList<SealListItem> InUseSeals { get; private set; } = [];

    public OrganizationChangePage Changes { get; private set; } = new([], 0, ChangeOrder.Default.Value);

    public ChangeOrder Order => ChangeOrder.TryParse(Sort, out var order) ? order : ChangeOrder.Default;

    public FormErrors Errors { get; } = new();

    private Actor Actor => Actor.FromPrincipal(User, HttpContext.Connection.RemoteIpAddress?.ToString());

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var representative = NewLegalRepresentative.IsEmpty ? null : new PersonInput(NewLegalRepresentative.Name, NewLegalRepresentative.IdNumber, NewLegalRepresentative.Phone);
        var outcome = await file.HandleAsync(Actor, new OrganizationChangeRequest(Normalized(CreditCode), NewName, representative, Note, SurrenderSealCodes), cancellationToken);
        if (outcome.Value is { } change)
        {
            return RedirectToPage(new { filed = change.Id });
        }

        Errors.Add(outcome.Failure!);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (Normalized(CreditCode) is { Length: > 0 } code && !Errors.Has("creditCode"))
        {
            var found = await lookup.HandleAsync(Actor, code, cancellationToken);
            Organization = found.Value;
            if (Organization is null)
            {
                Errors.AddField("creditCode", found.Failure!.Errors?.Values.First()[0] ?? found.Failure.Message);
            }
            else
            {
                // A shop sees only the seals it engraved itself; those are the ones it can name here.
                var page = await seals.HandleAsync(Actor, new SealSearch(null, code, null, null, nameof(LifeState.InUse), null, null, null, SearchSealsHandler.MaxLimit), cancellationToken);
                InUseSeals = page.Value?.Items ?? [];
            }
        }

        var changes = await list.HandleAsync(Actor, null, Sort, cancellationToken);
        Changes = changes.Value ?? Changes;
        if (changes.Failure is { } failure)
        {
            Errors.Add(failure);
        }
    }

    /// <summary>This page (with the organization loaded, if any) and the shop's change filings in another order.</summary>
    public string ListUrl(string? sort) => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Shop/Changes", new Dictionary<string, string?>
    {
        ["creditCode"] = CreditCode,
        ["sort"] = sort == ChangeOrder.Default.Value ? null : sort,
    }.Where(p => !string.IsNullOrWhiteSpace(p.Value)));

    private static string? Normalized(string? creditCode) => creditCode?.Trim().ToUpperInvariant();

    public sealed class PersonForm
    {
        public string? Name { get; set; }
        public string? IdNumber { get; set; }
        public string? Phone { get; set; }

        /// <summary>Nothing typed: the legal representative does not change.</summary>
        public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(IdNumber) && string.IsNullOrWhiteSpace(Phone);
    }
}
