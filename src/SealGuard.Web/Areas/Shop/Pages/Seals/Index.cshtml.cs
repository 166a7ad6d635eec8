using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SealGuard.Core.Filings;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Infrastructure.Outcomes;
using SealGuard.Web.Pages;

namespace SealGuard.Web.Areas.Shop.Pages.Seals;

/// <summary>The shop's seals: filter bar (code, credit code, name, state, work stage, seal type) and keyset paging through the shared search handler.</summary>
public sealed class IndexModel(SearchSealsHandler handler, ShopWorkloadHandler workload) : PageModel
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

    /// <summary>In a stage's work queue: the filings on this page with several seals at the stage, and how many (a batch step each).</summary>
    public IReadOnlyDictionary<long, int> Batches { get; private set; } = new Dictionary<long, int>();

    /// <summary>The work stage the list is filtered to, when it is one.</summary>
    public WorkStage? QueueStage => EnumName.TryParse<WorkStage>(Stage, out var stage) ? stage : null;

    public FormErrors Errors { get; } = new();

    public bool Filtered => !string.IsNullOrWhiteSpace(SealCode) || !string.IsNullOrWhiteSpace(CreditCode) || !string.IsNullOrWhiteSpace(OrgName)
        || !string.IsNullOrWhiteSpace(LifeState) || !string.IsNullOrWhiteSpace(Stage) || !string.IsNullOrWhiteSpace(Type);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Codes are shown grouped ("410702 0000001"); accept them pasted back that way.
        var code = SealCode?.Replace(" ", string.Empty, StringComparison.Ordinal);
        SealTypes = await handler.SealTypesAsync(cancellationToken);
        var search = new SealSearch(code, CreditCode, OrgName, null, LifeState, null, null, string.IsNullOrEmpty(Cursor) ? null : Cursor, null, Stage, Type, Sort: Sort);
        var actor = Actor.FromPrincipal(User, HttpContext.Connection.RemoteIpAddress?.ToString());
        var outcome = await handler.HandleAsync(actor, search, cancellationToken);
        if (outcome.Value is { } page)
        {
            Result = page;
            if (QueueStage is { } stage)
            {
                Batches = await workload.BatchesAsync(actor, stage, page.Items.Select(i => i.FilingId).Distinct().ToList(), cancellationToken);
            }
        }
        else
        {
            Errors.Add(outcome.Failure!);
        }
    }

    /// <summary>
    /// Where a filing's batch step starts: the seal's page at the existing batch form of that step (the imprint batch
    /// opened), so the work queue needs no batch form of its own.
    /// </summary>
    public static string BatchUrl(string sealCode, SealStep step) => step switch
    {
        SealStep.Engrave => $"/Shop/Seals/{sealCode}#engrave-form",
        SealStep.UploadImprint => $"/Shop/Seals/{sealCode}?batch=imprint#batch-imprint",
        _ => $"/Shop/Seals/{sealCode}#deliver-form",
    };

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
