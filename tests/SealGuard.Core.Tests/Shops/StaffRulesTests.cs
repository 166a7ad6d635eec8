using SealGuard.Core.Codes;
using SealGuard.Core.Shops;
using static SealGuard.Core.Tests.Filings.FilingTestData;

namespace SealGuard.Core.Tests.Shops;

public class StaffRulesTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    private static ShopStaff Pending() => ShopStaff.Registered(ShopId, Person("钱芳", "idx-p"), StaffRole.Engraver, Start, T0, Actor);

    [Fact]
    public void A_registration_is_returned_corrected_and_accepted_with_every_step_in_its_history()
    {
        var staff = Pending();
        staff.State.ShouldBe(StaffState.Pending);

        staff.Return("照片不清晰", Actor, T0.AddHours(1)).ShouldBeNull();
        staff.State.ShouldBe(StaffState.Returned);
        staff.ReturnReason.ShouldBe("照片不清晰");

        staff.Correct(Person("钱芳芳", "idx-p"), StaffRole.Operator, Start, Actor, T0.AddHours(2)).ShouldBeNull();
        staff.State.ShouldBe(StaffState.Pending);
        staff.Person.Name.ShouldBe("钱芳芳");
        staff.Role.ShouldBe(StaffRole.Operator);

        staff.Accept(Actor, T0.AddHours(3)).ShouldBeNull();
        staff.State.ShouldBe(StaffState.Accepted);
        staff.History.Select(e => (e.Action, e.ToState)).ShouldBe([
            (StaffAction.Registered, StaffState.Pending), (StaffAction.Returned, StaffState.Returned), (StaffAction.Corrected, StaffState.Pending),
            (StaffAction.Accepted, StaffState.Accepted)]);
        staff.History[1].Note.ShouldBe("照片不清晰");
    }

    [Fact]
    public void A_decided_registration_is_not_decided_again_and_only_a_returned_one_is_corrected()
    {
        var staff = Pending();
        staff.Correct(staff.Person, staff.Role, Start, Actor, T0).ShouldNotBeNull().Code.ShouldBe("Staff.NotReturned");
        staff.Accept(Actor, T0).ShouldBeNull();

        staff.Accept(Actor, T0).ShouldNotBeNull().Code.ShouldBe("Staff.NotPending");
        staff.Return("再退", Actor, T0).ShouldNotBeNull().Code.ShouldBe("Staff.NotPending");
        staff.History.Count.ShouldBe(2);
    }

    [Fact]
    public void Deregistration_is_final_and_not_before_the_start_date()
    {
        var staff = Pending();
        staff.Deregister(Start.AddDays(-1), "离职", Actor, T0).ShouldNotBeNull().Code.ShouldBe("Staff.DeregisteredBeforeStart");
        staff.Deregister(Start.AddDays(10), "离职", Actor, T0).ShouldBeNull();

        staff.State.ShouldBe(StaffState.Deregistered);
        (staff.DeregisteredOn, staff.DeregistrationReason).ShouldBe((Start.AddDays(10), "离职"));
        staff.Accept(Actor, T0).ShouldNotBeNull().Code.ShouldBe("Staff.AlreadyDeregistered");
        staff.Deregister(Start.AddDays(11), "再注销", Actor, T0).ShouldNotBeNull().Code.ShouldBe("Staff.AlreadyDeregistered");
    }

    [Theory]
    [InlineData(null, "Staff.NotEligible.NotLinked")]
    [InlineData(StaffState.Pending, "Staff.NotEligible.Pending")]
    [InlineData(StaffState.Returned, "Staff.NotEligible.Returned")]
    [InlineData(StaffState.Deregistered, "Staff.NotEligible.Deregistered")]
    [InlineData(StaffState.Accepted, null)]
    public void Only_a_user_linked_to_accepted_staff_of_the_shop_operates(StaffState? state, string? messageKey)
    {
        var staff = state switch
        {
            null => null,
            StaffState.Accepted => Staff(),
            _ => Pending(),
        };
        if (state == StaffState.Returned)
        {
            staff!.Return("缺材料", Actor, T0);
        }
        else if (state == StaffState.Deregistered)
        {
            staff!.Deregister(Start, "离职", Actor, T0);
        }

        var refused = StaffRules.CheckOperator(staff, ShopId);

        if (messageKey is null)
        {
            refused.ShouldBeNull();
        }
        else
        {
            refused.ShouldNotBeNull().Code.ShouldBe("Staff.NotEligible");
            refused.Message.ShouldBe(Messages.Get(messageKey));
        }
    }

    [Fact]
    public void Accepted_staff_of_another_shop_does_not_make_a_user_eligible_here() =>
        StaffRules.CheckOperator(Staff(OtherShopId), ShopId).ShouldNotBeNull().Code.ShouldBe("Staff.NotEligible");
}
