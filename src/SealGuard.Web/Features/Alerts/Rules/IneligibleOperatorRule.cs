using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Alerts;
using SealGuard.Core.Shops;
using SealGuard.Web.Data;

namespace SealGuard.Web.Features.Alerts.Rules;

/// <summary>
/// Rule 8: an intake or seal step attempted by a shop that may not work (suspended or closed: <see cref="ShopStanding"/>)
/// or by a shop account not linked to registered, accepted staff (<see cref="StaffRules.NotEligibleCode"/>). The attempt is refused; the
/// alert outlives the refusal. One open alert per shop and refusal, for staff per account.
/// </summary>
public sealed class IneligibleOperatorRule(SealGuardDbContext db) : IRefusalAlertRule
{
    private static readonly string[] Refusals = [ShopStanding.SuspendedCode, ShopStanding.ClosedCode, StaffRules.NotEligibleCode];

    public string Rule => "IneligibleOperator";

    public AlertSeverity Severity => AlertSeverity.Medium;

    public async Task EvaluateAsync(RefusedIntake attempt, AlertRuleContext context, CancellationToken cancellationToken)
    {
        if (!Refusals.Contains(attempt.Code))
        {
            return;
        }

        // The shop's own division: who supervises it, whatever organization the attempt was for.
        var shop = await db.Shops.AsNoTracking().Where(s => s.ShopCode == attempt.ShopCode).Select(s => new { s.Name, s.DivisionCode }).SingleAsync(cancellationToken);
        var condition = attempt.Code == StaffRules.NotEligibleCode ? $"{attempt.ShopCode}:{attempt.Code}:{attempt.UserName}" : $"{attempt.ShopCode}:{attempt.Code}";
        var facts = new Dictionary<string, object?>
        {
            ["refusal"] = attempt.Reason ?? attempt.Code,
            ["shopCode"] = attempt.ShopCode,
            ["userName"] = attempt.UserName,
            ["attemptedAt"] = attempt.AttemptedAt,
        };
        await context.RaiseAsync([new AlertDraft(AlertSubjectKind.Shop, attempt.ShopCode, shop.Name, condition, shop.DivisionCode, facts)], cancellationToken);
    }
}
