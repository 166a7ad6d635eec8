using SealGuard.Core.Codes;

namespace SealGuard.Core.Tests.Codes;

public class CodeKindTests
{
    [Fact]
    public void Each_kind_knows_its_largest_serial()
    {
        CodeKind.Seal.MaxSerial.ShouldBe(9_999_999);
        CodeKind.Organization.MaxSerial.ShouldBe(999_999);
        CodeKind.Shop.MaxSerial.ShouldBe(999_999);
        CodeKind.All.Select(k => k.Key).ShouldBe(["seal", "org", "shop"]);
        CodeKind.Find("org").ShouldBe(CodeKind.Organization);
        CodeKind.Find("ORG").ShouldBeNull();
    }

    [Fact]
    public void From_ninety_percent_of_the_space_a_division_is_nearly_exhausted()
    {
        CodeKind.Seal.IsNearlyExhausted(8_999_999).ShouldBeFalse();
        CodeKind.Seal.IsNearlyExhausted(9_000_000).ShouldBeTrue();
        CodeKind.Organization.IsNearlyExhausted(900_000).ShouldBeTrue();
        CodeKind.Organization.IsNearlyExhausted(899_999).ShouldBeFalse();
        CodeKind.Seal.Remaining(9_999_990).ShouldBe(9);
        CodeKind.Seal.Remaining(9_999_999).ShouldBe(0);
    }

    [Fact]
    public void The_exhaustion_refusal_names_the_division_in_chinese()
    {
        var seal = CodeKind.Seal.Exhausted("410702");
        var organization = CodeKind.Organization.Exhausted("410702");

        (seal.Code, organization.Code).ShouldBe(("SealCode.Exhausted", "OrgCode.Exhausted"));
        seal.Message.ShouldBe("行政区划 410702 的印章编码已用尽，无法再分配");
        organization.Message.ShouldContain("410702");
        organization.Message.ShouldContain("使用单位编码");
    }
}
