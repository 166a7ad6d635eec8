using Microsoft.AspNetCore.Mvc;
using SealGuard.Web.Features.Alerts;

namespace SealGuard.Web.Areas.Police.Pages.Alerts;

/// <summary>预警规则设置 (police admin): each rule on or off and its thresholds; what is saved here wins over the configuration.</summary>
public sealed class RulesModel(AlertRulesHandler handler) : PolicePage
{
    [BindProperty] public bool Enabled { get; set; }
    [BindProperty] public Dictionary<string, int> Settings { get; set; } = [];
    [BindProperty(SupportsGet = true)] public string? Saved { get; set; }

    /// <summary>The rule the last refused form was for (its messages show under its fields).</summary>
    public string? Refused { get; private set; }

    public IReadOnlyList<AlertRuleView> Rules { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(string rule, bool reset, CancellationToken cancellationToken)
    {
        var outcome = await handler.UpdateAsync(Actor, rule, new UpdateAlertRuleRequest(reset ? null : Enabled, reset ? null : Settings, reset), cancellationToken);
        if (outcome.IsSuccess)
        {
            return RedirectToPage(new { saved = rule });
        }

        if (outcome.Failure!.Kind == Infrastructure.Outcomes.FailureKind.Forbidden)
        {
            return Forbid();
        }

        Refused = rule;
        Errors.Add(outcome.Failure);
        return await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        var outcome = await handler.ListAsync(Actor, cancellationToken);
        if (outcome.Value is null)
        {
            return Forbid();
        }

        Rules = outcome.Value;
        return Page();
    }
}
