using SealGuard.Core.Filings;
using SealGuard.Core.Shops;
using static SealGuard.Core.Tests.Filings.FilingTestData;

namespace SealGuard.Core.Tests.Filings;

public class EngraverRuleTests
{
    private const string NotShopStaff = "Seal.EngraverNotShopStaff";

    [Theory]
    [InlineData(StaffRole.Engraver)]
    [InlineData(StaffRole.Operator)]
    [InlineData(StaffRole.Manager)]
    public void Active_staff_of_the_seals_shop_may_engrave_whatever_the_role(StaffRole role)
    {
        var staff = Staff(ShopId, role);

        staff.State.ShouldBe(StaffState.Accepted);
        EngraverRule.Check(NewSeal(), staff).ShouldBeNull();
    }

    [Fact]
    public void Staff_of_another_shop_may_not_engrave()
    {
        var error = EngraverRule.Check(NewSeal(), Staff(OtherShopId));

        error.ShouldNotBeNull().Code.ShouldBe(NotShopStaff);
        error.Message.ShouldNotBe(NotShopStaff);
    }

    [Fact]
    public void The_seals_shop_is_the_shop_of_its_filing()
    {
        var seal = AddSeal(NewFiling(shopId: OtherShopId));

        seal.ShopId.ShouldBe(OtherShopId);
        EngraverRule.Check(seal, Staff(OtherShopId)).ShouldBeNull();
        EngraverRule.Check(seal, Staff(ShopId)).ShouldNotBeNull().Code.ShouldBe(NotShopStaff);
    }

    [Fact]
    public void Engraving_by_another_shops_staff_is_refused_and_by_own_staff_recorded()
    {
        var seal = NewSeal();
        var own = Staff();

        seal.Engrave(Staff(OtherShopId), Actor, T0.AddHours(1)).ShouldNotBeNull().Code.ShouldBe(NotShopStaff);
        seal.EngraverStaffId.ShouldBeNull();
        seal.Flow.ShouldBe(FlowState.Accepted);

        seal.Engrave(own, Actor, T0.AddHours(2)).ShouldBeNull();
        seal.EngraverStaffId.ShouldBe(own.Id);
    }

    [Fact]
    public void Staff_not_accepted_or_deregistered_may_not_engrave()
    {
        var pending = ShopStaff.Registered(ShopId, Person("钱芳", "idx-p"), StaffRole.Engraver, new DateOnly(2026, 1, 5), T0, Actor);
        var returned = ShopStaff.Registered(ShopId, Person("孙强", "idx-r"), StaffRole.Engraver, new DateOnly(2026, 1, 5), T0, Actor);
        returned.Return("身份证复印件不清", Actor, T0.AddHours(1)).ShouldBeNull();
        var left = Staff();
        left.Deregister(DateOnly.FromDateTime(T0), "离职", Actor, T0).ShouldBeNull();

        foreach (var staff in new[] { pending, returned, left })
        {
            EngraverRule.Check(NewSeal(), staff).ShouldNotBeNull().Code.ShouldBe(NotShopStaff);
        }
    }
}
