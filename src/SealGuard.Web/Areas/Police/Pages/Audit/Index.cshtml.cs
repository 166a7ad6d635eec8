using Microsoft.AspNetCore.Mvc;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Areas.Police.Pages.Audit;

/// <summary>
/// 审计日志 for the PoliceAdmin: who did what to which seal, organization, shop or user, when and why, within the
/// admin's jurisdiction (<see cref="AuditScope"/>). The filters live in the query string, so paging and Back keep them.
/// The handler refuses other roles; the page answers them with a plain 403 rather than the sign-in redirect, since
/// signing in again would not help.
/// </summary>
public sealed class IndexModel(SearchAuditLogHandler handler) : PolicePage
{
    public const string PersonalDataFamily = "PersonalData.";

    [BindProperty(SupportsGet = true)] public string? Action { get; set; } = PersonalDataFamily;
    [BindProperty(SupportsGet = true)] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true)] public string? Target { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public long? Before { get; set; }

    public AuditPage Results { get; private set; } = new([], null, 0);

    /// <summary>The action choices: each family (its prefix, matching all its actions) with its actions.</summary>
    public static IReadOnlyList<IGrouping<string, string>> ActionFamilies { get; } =
        [.. AuditNames.Actions.GroupBy(AuditNames.FamilyOf).OrderBy(g => g.Key, StringComparer.Ordinal)];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(Actor, new AuditSearch(Action, UserName, Target, From, To, Before, null), cancellationToken);
        if (outcome.Failure?.Kind == FailureKind.Forbidden)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Results = outcome.Value ?? Results;
        if (outcome.Failure is { } failure)
        {
            Errors.Add(failure);
        }

        return Page();
    }

    public string PageUrl(long? before) => Url.Page("Index", new { Action, UserName, Target, From = DayText.Show(From), To = DayText.Show(To), Before = before })!;
}
