using SealGuard.Core.Alerts;
using SealGuard.Core.Filings;

namespace SealGuard.Web.Features.Alerts.Rules;

/// <summary>
/// Rule 1: a second in-use 单位专用章 (01) or 法定代表人名章 (05) attempted for one organization. Intake refuses it
/// (<c>Seal.UniqueTypeInUse</c>); the alert outlives the refusal. One open alert per organization and type.
/// </summary>
public sealed class DuplicateExclusiveSealRule : IRefusalAlertRule
{
    public string Rule => "DuplicateExclusiveSeal";

    public AlertSeverity Severity => AlertSeverity.High;

    public Task EvaluateAsync(RefusedIntake attempt, AlertRuleContext context, CancellationToken cancellationToken)
    {
        if (attempt.Code != "Seal.UniqueTypeInUse" || attempt.SealType is not { } type || !SingleInUseSealRule.UniqueTypes.Contains(type)
            || attempt.CreditCode is not { } creditCode || attempt.DivisionCode is not { } division)
        {
            return Task.CompletedTask;
        }

        var facts = new Dictionary<string, object?>
        {
            ["sealType"] = type,
            ["shopCode"] = attempt.ShopCode,
            ["userName"] = attempt.UserName,
            ["attemptedAt"] = attempt.AttemptedAt,
        };
        return context.RaiseAsync(
            [new AlertDraft(AlertSubjectKind.Organization, creditCode, attempt.OrganizationName, creditCode + ":" + type, division, facts)],
            cancellationToken);
    }
}
