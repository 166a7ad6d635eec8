using SealGuard.Core.Codes;
using SealGuard.Core.Filings;

namespace SealGuard.Core.Shops;

/// <summary>
/// Which penalty decisions make sense: a 罚款 names its amount and only fines and confiscations carry one; only a
/// 停业整顿 has a period, on or after the decision and ending on or after its first day; 停业整顿 and 吊销 are against a
/// shop, 行政拘留 against a person; a decision is not dated in the future. Each refusal names its field.
/// </summary>
public static class PenaltyRule
{
    public const int MaxDecisionNumberLength = 50;
    public const int MaxLegalBasisLength = 200;

    public static IReadOnlyList<(string Field, CodeError Error)> Check(PenaltyDecision decision, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var errors = new List<(string, CodeError)>();
        var type = decision.Type;
        if (type == PenaltyType.Fine && decision.AmountCents is null or <= 0)
        {
            errors.Add(("amountCents", RuleViolation.Of("Penalty.AmountRequired")));
        }
        else if (type is not (PenaltyType.Fine or PenaltyType.ConfiscateIllegalGains) && decision.AmountCents is not null)
        {
            errors.Add(("amountCents", RuleViolation.Of("Penalty.AmountNotAllowed")));
        }
        else if (decision.AmountCents is <= 0)
        {
            errors.Add(("amountCents", RuleViolation.Of("Penalty.AmountRequired")));
        }

        if (type == PenaltyType.SuspendBusiness)
        {
            if (decision.Suspension is not { } period)
            {
                errors.Add(("suspendedFrom", RuleViolation.Of("Penalty.PeriodRequired")));
            }
            else if (period.To < period.From)
            {
                errors.Add(("suspendedTo", RuleViolation.Of("Penalty.PeriodReversed")));
            }
            else if (period.From < decision.DecidedOn)
            {
                errors.Add(("suspendedFrom", RuleViolation.Of("Penalty.PeriodBeforeDecision")));
            }
        }
        else if (decision.Suspension is not null)
        {
            errors.Add(("suspendedFrom", RuleViolation.Of("Penalty.PeriodNotAllowed")));
        }

        if (decision.AgainstStaff && type is PenaltyType.SuspendBusiness or PenaltyType.RevokeLicence)
        {
            errors.Add(("type", RuleViolation.Of("Penalty.ShopOnly")));
        }
        else if (!decision.AgainstStaff && type == PenaltyType.Detention)
        {
            errors.Add(("type", RuleViolation.Of("Penalty.StaffOnly")));
        }

        if (decision.DecidedOn > today)
        {
            errors.Add(("decidedOn", RuleViolation.Of("Penalty.DecidedInFuture")));
        }

        return errors;
    }
}
