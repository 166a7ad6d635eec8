using SealGuard.Core.Filings;
using SealGuard.Core.Organizations;
using SealGuard.Core.Tests.Filings;
using static SealGuard.Core.Tests.Filings.FilingTestData;

namespace SealGuard.Core.Tests.Organizations;

public sealed class OrganizationChangeTests
{
    private const string NewName = "新乡市恒泰商贸集团有限公司";

    [Fact]
    public void Approving_changes_the_master_record_and_surrenders_the_chosen_seals_with_a_note()
    {
        var organization = Organization42();
        var chosen = SealIn(FlowState.Delivered, LifeState.InUse);
        var kept = AddSeal(NewFiling(), "02", serial: 3);
        var (change, _, error) = OrganizationChange.File(organization, ShopId, NewName, OtherPerson(), "股东会决议更名", [chosen], Actor, T0);
        error.ShouldBeNull();

        var (refused, surrendered) = change!.Approve(organization, [chosen, kept], Actor, T0.AddDays(1));

        refused.ShouldBeNull();
        surrendered.ShouldBe([chosen]);
        organization.Name.ShouldBe(NewName);
        organization.LegalRepresentative.IsSamePersonAs(OtherPerson()).ShouldBeTrue();
        chosen.Life.ShouldBe(LifeState.Surrendered);
        chosen.History[^1].Note.ShouldNotBeNull().ShouldContain("变更备案");
        kept.Life.ShouldBe(LifeState.InUse);
        change.State.ShouldBe(OrganizationChangeState.Approved);
        change.OldName.ShouldBe("新乡市恒泰商贸有限公司");
    }

    [Fact]
    public void A_decided_change_cannot_be_decided_again()
    {
        var organization = Organization42();
        var (change, _, _) = OrganizationChange.File(organization, ShopId, NewName, null, "更名", [], Actor, T0);
        change!.Reject("材料不全", Actor, T0).ShouldBeNull();

        change.Approve(organization, [], Actor, T0).Error.ShouldNotBeNull().Code.ShouldBe("OrganizationChange.NotPending");
        change.Reject("再次", Actor, T0).ShouldNotBeNull().Code.ShouldBe("OrganizationChange.NotPending");
        organization.Name.ShouldNotBe(NewName);
        change.ReviewNote.ShouldBe("材料不全");
    }

    [Fact]
    public void A_change_must_change_something_and_surrender_only_the_organizations_delivered_seals_in_use()
    {
        var organization = Organization42();

        OrganizationChange.File(organization, ShopId, null, null, "x", [], Actor, T0).Error.ShouldNotBeNull().Code.ShouldBe("OrganizationChange.NothingChanged");
        OrganizationChange.File(organization, ShopId, organization.Name, null, "x", [], Actor, T0).Field.ShouldBe("newName");
        OrganizationChange.File(organization, ShopId, null, LegalRepresentative(), "x", [], Actor, T0).Error.ShouldNotBeNull().Code.ShouldBe("OrganizationChange.SameLegalRepresentative");
        var (_, field, error) = OrganizationChange.File(organization, ShopId, NewName, null, "x", [SealIn(FlowState.Delivered, LifeState.InUse), SealIn(FlowState.Engraved, LifeState.InUse)], Actor, T0);
        error.ShouldNotBeNull().Code.ShouldBe("OrganizationChange.SealNotInUse");
        field.ShouldBe("surrenderSealCodes[1]");
    }

    /// <summary>The organization the test seals belong to (id 42, as EF would have set it).</summary>
    private static Organization Organization42()
    {
        var organization = new Organization("410702000001", FilingTestData.Presented(), T0);
        typeof(Organization).GetProperty(nameof(Organization.Id))!.SetValue(organization, OrganizationId);
        return organization;
    }
}
