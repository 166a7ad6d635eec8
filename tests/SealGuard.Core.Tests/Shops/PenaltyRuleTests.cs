using SealGuard.Core.Shops;

namespace SealGuard.Core.Tests.Shops;

public class PenaltyRuleTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static PenaltyDecision Decision(PenaltyType type, long? amount = null, SuspensionPeriod? period = null, bool againstStaff = false, DateOnly? decidedOn = null) =>
        new("新公（治）行罚决字〔2026〕1号", type, "《治安管理处罚法》第五十二条", amount, decidedOn ?? Today, period, againstStaff);

    private static string[] Codes(PenaltyDecision decision) => [.. PenaltyRule.Check(decision, Today).Select(e => e.Field + ":" + e.Error.Code)];

    [Fact]
    public void Well_formed_decisions_pass()
    {
        Codes(Decision(PenaltyType.Warning)).ShouldBeEmpty();
        Codes(Decision(PenaltyType.Fine, 50_000)).ShouldBeEmpty();
        Codes(Decision(PenaltyType.ConfiscateIllegalGains)).ShouldBeEmpty();
        Codes(Decision(PenaltyType.SuspendBusiness, period: new(Today, Today.AddDays(14)))).ShouldBeEmpty();
        Codes(Decision(PenaltyType.Detention, againstStaff: true)).ShouldBeEmpty();
    }

    [Fact]
    public void A_fine_needs_a_positive_amount_and_only_fines_and_confiscations_carry_one()
    {
        Codes(Decision(PenaltyType.Fine)).ShouldBe(["amountCents:Penalty.AmountRequired"]);
        Codes(Decision(PenaltyType.Fine, 0)).ShouldBe(["amountCents:Penalty.AmountRequired"]);
        Codes(Decision(PenaltyType.ConfiscateIllegalGains, -1)).ShouldBe(["amountCents:Penalty.AmountRequired"]);
        Codes(Decision(PenaltyType.Warning, 100)).ShouldBe(["amountCents:Penalty.AmountNotAllowed"]);
    }

    [Fact]
    public void Only_a_suspension_has_a_period_which_runs_forward_from_the_decision()
    {
        Codes(Decision(PenaltyType.SuspendBusiness)).ShouldBe(["suspendedFrom:Penalty.PeriodRequired"]);
        Codes(Decision(PenaltyType.SuspendBusiness, period: new(Today.AddDays(3), Today.AddDays(2)))).ShouldBe(["suspendedTo:Penalty.PeriodReversed"]);
        Codes(Decision(PenaltyType.SuspendBusiness, period: new(Today.AddDays(-1), Today.AddDays(2)))).ShouldBe(["suspendedFrom:Penalty.PeriodBeforeDecision"]);
        Codes(Decision(PenaltyType.Warning, period: new(Today, Today))).ShouldBe(["suspendedFrom:Penalty.PeriodNotAllowed"]);
    }

    [Fact]
    public void Suspension_and_revocation_are_against_a_shop_detention_against_a_person()
    {
        Codes(Decision(PenaltyType.SuspendBusiness, period: new(Today, Today), againstStaff: true)).ShouldBe(["type:Penalty.ShopOnly"]);
        Codes(Decision(PenaltyType.RevokeLicence, againstStaff: true)).ShouldBe(["type:Penalty.ShopOnly"]);
        Codes(Decision(PenaltyType.Detention)).ShouldBe(["type:Penalty.StaffOnly"]);
    }

    [Fact]
    public void A_decision_is_not_dated_in_the_future() =>
        Codes(Decision(PenaltyType.Warning, decidedOn: Today.AddDays(1))).ShouldBe(["decidedOn:Penalty.DecidedInFuture"]);
}
