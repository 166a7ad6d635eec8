using SealGuard.Core.Filings;

namespace SealGuard.Core.Tests.Filings;

public class RequiredMaterialsTests
{
    [Theory]
    [InlineData("01", DocumentKind.ApprovalDocument)]
    [InlineData("02", DocumentKind.BusinessLicense)]
    [InlineData("03", DocumentKind.InstitutionCertificate)]
    [InlineData("04", DocumentKind.RegistrationCertificate)]
    [InlineData("05", DocumentKind.RegistrationCertificate)]
    [InlineData("06", DocumentKind.BusinessLicense)]
    [InlineData("99", DocumentKind.ApprovalDocument)]
    [InlineData("88", DocumentKind.ApprovalDocument)]
    public void Each_organization_type_needs_its_certificate_and_nothing_else_for_a_new_seal_by_the_legal_representative(string type, DocumentKind certificate)
    {
        RequiredMaterials.For(type, EngravingReason.New, agentIsLegalRepresentative: true).ShouldBe([certificate]);
    }

    [Theory]
    [InlineData(EngravingReason.New, false)]
    [InlineData(EngravingReason.Replacement, false)]
    [InlineData(EngravingReason.LostReplacement, true)]
    [InlineData(EngravingReason.DamagedReplacement, false)]
    public void Only_a_lost_replacement_needs_the_newspaper_notice(EngravingReason reason, bool notice)
    {
        RequiredMaterials.For("02", reason, agentIsLegalRepresentative: true).Contains(DocumentKind.NewspaperNotice).ShouldBe(notice);
    }

    [Fact]
    public void Another_agent_needs_the_power_of_attorney_after_the_certificate_and_the_notice()
    {
        RequiredMaterials.For("03", EngravingReason.LostReplacement, agentIsLegalRepresentative: false)
            .ShouldBe([DocumentKind.InstitutionCertificate, DocumentKind.NewspaperNotice, DocumentKind.PowerOfAttorney]);
    }

    [Fact]
    public void Nothing_attached_is_refused_naming_every_missing_material_in_chinese()
    {
        var missing = RequiredMaterials.Missing("02", EngravingReason.LostReplacement, agentIsLegalRepresentative: false, []);

        var error = RequiredMaterials.Check(missing).ShouldNotBeNull();
        error.Code.ShouldBe(RequiredMaterials.MissingCode);
        error.Message.ShouldBe("缺少必需的备案材料：营业执照、登报声明、授权委托书");
    }

    [Fact]
    public void Other_documents_do_not_stand_in_and_the_required_ones_pass()
    {
        RequiredMaterials.Missing("04", EngravingReason.New, true, [DocumentKind.BusinessLicense, DocumentKind.Other]).ShouldBe([DocumentKind.RegistrationCertificate]);
        RequiredMaterials.Check(RequiredMaterials.Missing("04", EngravingReason.New, true, [DocumentKind.RegistrationCertificate])).ShouldBeNull();
    }
}
