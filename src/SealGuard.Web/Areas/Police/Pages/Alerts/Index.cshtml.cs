using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using SealGuard.Web.Features.Alerts;

namespace SealGuard.Web.Areas.Police.Pages.Alerts;

/// <summary>预警列表: the alerts of the officer's jurisdiction by rule and state, newest first (or oldest), with totals per rule.</summary>
public sealed class IndexModel(ListAlertsHandler list, CountOpenAlertsHandler counts) : PolicePage
{
    public const string Path = "/Police/Alerts";

    [BindProperty(SupportsGet = true)] public string? Rule { get; set; }
    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }

    public AlertPage? Results { get; private set; }

    public IReadOnlyList<OpenAlertCount> OpenByRule { get; private set; } = [];

    public AlertOrder Order => AlertOrder.TryParse(Sort, out var order) ? order : AlertOrder.Default;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await list.HandleAsync(Actor, new AlertQuery(Rule, State, Cursor, Sort), cancellationToken);
        if (outcome.Failure is { } failure)
        {
            Errors.Add(failure);
        }

        Results = outcome.Value;
        OpenByRule = (await counts.HandleAsync(Actor, cancellationToken)).Value ?? [];
        return Page();
    }

    public string ListUrl(string? sort, string? cursor, string? rule = null, string? state = null) => QueryHelpers.AddQueryString(Path, new Dictionary<string, string?>
    {
        ["rule"] = rule ?? Rule,
        ["state"] = state ?? State,
        ["sort"] = sort == AlertOrder.Default.Value ? null : sort,
        ["cursor"] = cursor,
    }.Where(p => !string.IsNullOrWhiteSpace(p.Value)));
}
