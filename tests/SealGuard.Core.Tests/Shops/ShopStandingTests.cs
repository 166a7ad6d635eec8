using SealGuard.Core.Filings;
using SealGuard.Core.Shops;

namespace SealGuard.Core.Tests.Shops;

public class ShopStandingTests
{
    private static readonly DateOnly Start = new(2026, 3, 10);
    private static readonly DateOnly End = new(2026, 3, 12);
    private static readonly SuspensionPeriod[] Period = [new(Start, End)];

    [Theory]
    [InlineData(ShopState.Normal, null)]
    [InlineData(ShopState.Suspended, "Shop.Suspended")]
    [InlineData(ShopState.Closed, "Shop.Closed")]
    public void Only_a_normal_shop_may_take_intakes_and_work_seals(ShopState state, string? refusal)
    {
        var error = ShopStanding.SealWorkRefusal(state);

        error?.Code.ShouldBe(refusal);
        (error is null).ShouldBe(refusal is null);
        error?.Message.ShouldContain(state == ShopState.Closed ? "注销" : "暂停营业");
    }

    [Theory]
    [InlineData(9, ShopState.Normal)]
    [InlineData(10, ShopState.Suspended)]
    [InlineData(11, ShopState.Suspended)]
    [InlineData(12, ShopState.Suspended)]
    [InlineData(13, ShopState.Normal)]
    public void A_suspension_penalty_suspends_a_normal_shop_from_its_first_to_its_last_day(int day, ShopState expected) =>
        ShopStanding.Effective(ShopState.Normal, Period, new DateOnly(2026, 3, day)).ShouldBe(expected);

    [Fact]
    public void A_closed_shop_stays_closed_during_a_suspension_period() =>
        ShopStanding.Effective(ShopState.Closed, Period, Start).ShouldBe(ShopState.Closed);

    [Fact]
    public void Closed_is_final()
    {
        ShopStanding.ChangeRefusal(ShopState.Closed, ShopState.Normal, Start, Start)!.Code.ShouldBe("Shop.ClosedIsFinal");
        ShopStanding.ChangeRefusal(ShopState.Closed, ShopState.Suspended, Start, Start)!.Code.ShouldBe("Shop.ClosedIsFinal");
    }

    [Fact]
    public void A_change_must_change_the_state_and_may_not_take_effect_in_the_future()
    {
        ShopStanding.ChangeRefusal(ShopState.Suspended, ShopState.Suspended, Start, Start)!.Code.ShouldBe("Shop.StateUnchanged");
        ShopStanding.ChangeRefusal(ShopState.Normal, ShopState.Suspended, Start.AddDays(1), Start)!.Code.ShouldBe("Shop.StateEffectiveInFuture");
        ShopStanding.ChangeRefusal(ShopState.Normal, ShopState.Suspended, Start.AddDays(-2), Start).ShouldBeNull();
        ShopStanding.ChangeRefusal(ShopState.Suspended, ShopState.Normal, Start, Start).ShouldBeNull();
        ShopStanding.ChangeRefusal(ShopState.Normal, ShopState.Closed, Start, Start).ShouldBeNull();
    }

    [Fact]
    public void A_shop_keeps_each_state_change_with_who_when_from_to_and_why()
    {
        var shop = new EngravingShop("410702000001", "红旗区测试刻章店", "410702", "新乡市红旗区测试路1号", null, new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var officer = new EventActor(7, "police.demo");
        var now = new DateTime(2026, 3, 10, 2, 0, 0, DateTimeKind.Utc);

        shop.ChangeState(ShopState.Suspended, "消防通道堵塞", Start, officer, now).ShouldBeNull();
        shop.ChangeState(ShopState.Normal, "已整改", Start, officer, now.AddHours(1)).ShouldBeNull();
        var refused = shop.ChangeState(ShopState.Normal, "重复", Start, officer, now.AddHours(2));

        refused!.Code.ShouldBe("Shop.StateUnchanged");
        shop.State.ShouldBe(ShopState.Normal);
        shop.StateChanges.Select(c => (c.FromState, c.ToState, c.Reason, c.ActorName)).ShouldBe(
            [(ShopState.Normal, ShopState.Suspended, "消防通道堵塞", "police.demo"), (ShopState.Suspended, ShopState.Normal, "已整改", "police.demo")]);
    }
}
