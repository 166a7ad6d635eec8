using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Pages;

namespace SealGuard.Web.Areas.Shop.Pages.Seals;

/// <summary>The shop's seals: filter bar (code, credit code, name, state, work stage, seal type) and keyset paging through the shared search handler.</summary>
public sealed class IndexModel(SearchSealsHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? SealCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? CreditCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? OrgName { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? LifeState { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Stage { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public SealOrder Order => SealOrder.TryParse(Sort, out var order) ? order : SealOrder.Default;

    public SealPage Result { get; private set; } = new([], null);

    public IReadOnlyList<SealTypeOption> SealTypes { get; private set; } = [];

    public FormErrors Errors { get; } = new();

    public bool Filtered => !string.IsNullOrWhiteSpace(SealCode) || !string.IsNullOrWhiteSpace(CreditCode) || !string.IsNullOrWhiteSpace(OrgName)
        || !string.IsNullOrWhiteSpace(LifeState) || !string.IsNullOrWhiteSpace(Stage) || !string.IsNullOrWhiteSpace(Type);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Codes are shown grouped ("410702 0000001"); accept them pasted back that way.
        var code = SealCode?.Replace(" ", string.Empty, StringComparison.Ordinal);
        SealTypes = await handler.SealTypesAsync(cancellationToken);
        var search = new SealSearch(code, CreditCode, OrgName, null, LifeState, null, null, string.IsNullOrEmpty(Cursor) ? null : Cursor, null, Stage, Type, Sort: Sort);
        var outcome = await handler.HandleAsync(Actor.FromPrincipal(User, HttpContext.Connection.RemoteIpAddress?.ToString()), search, cancellationToken);
        if (outcome.Value is { } page)
        {
            Result = page;
        }
        else
        {
            Errors.Add(outcome.Failure!);
        }
    }

    /// <summary>The current filters with another cursor, for the paging links.</summary>
    public string PageUrl(string? cursor) => ListUrl(Sort, cursor);

    /// <summary>The current filters in another order (or at another page), for the sortable headers.</summary>
    public string ListUrl(string? sort, string? cursor)
    {
        var query = new Dictionary<string, string?>
        {
            ["sealCode"] = SealCode,
            ["creditCode"] = CreditCode,
            ["orgName"] = OrgName,
            ["lifeState"] = LifeState,
            ["stage"] = Stage,
            ["type"] = Type,
            ["sort"] = sort == SealOrder.Default.Value ? null : sort,
            ["cursor"] = cursor,
        }.Where(p => !string.IsNullOrWhiteSpace(p.Value));
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Shop/Seals", query);
    }
}
