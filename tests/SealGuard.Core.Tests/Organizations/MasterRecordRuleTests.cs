using SealGuard.Core.Organizations;
using SealGuard.Core.Tests.Filings;

namespace SealGuard.Core.Tests.Organizations;

public sealed class MasterRecordRuleTests
{
    private static readonly DateTime T0 = FilingTestData.T0;

    [Fact]
    public void The_same_details_or_another_address_or_type_are_no_difference()
    {
        var master = new Organization("410702000001", FilingTestData.Presented(), T0);

        MasterRecordRule.Differences(master, FilingTestData.Presented()).ShouldBeEmpty();
        MasterRecordRule.Differences(master, FilingTestData.Presented() with { Address = "河南省新乡市牧野区新址9号", Type = "03" }).ShouldBeEmpty();

        // The same person, whatever the spelling of the name: identity is the ID number.
        MasterRecordRule.Differences(master, FilingTestData.Presented() with { LegalRepresentative = FilingTestData.Person("王 丽华", "idx-a") }).ShouldBeEmpty();
    }

    [Fact]
    public void Another_name_legal_representative_or_division_is_named()
    {
        var master = new Organization("410702000001", FilingTestData.Presented(), T0);

        MasterRecordRule.Differences(master, FilingTestData.Presented() with
        {
            Name = "新乡市恒泰商贸有限责任公司",
            LegalRepresentative = FilingTestData.OtherPerson(),
            DivisionCode = "410703",
        }).ShouldBe([MasterRecordField.Name, MasterRecordField.LegalRepresentative, MasterRecordField.Division]);
        MasterRecordRule.Violation().Code.ShouldBe("Organization.ChangeFilingRequired");
        MasterRecordRule.Violation().Message.ShouldContain("变更备案");
    }
}
