using System.Net;
using SealGuard.Core.Filings;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Intake;

/// <summary>An agent who is not the legal representative needs a power of attorney (授权委托书), filed with the intake.</summary>
public sealed class PowerOfAttorneyTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_agent_other_than_the_legal_representative_is_refused_without_a_power_of_attorney(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var licence = await shop.StageDocumentAsync(DocumentKind.BusinessLicense);
        var idCard = await shop.StageDocumentAsync(DocumentKind.AgentIdCard);
        var intake = TestData.Intake(agent: TestData.Person());

        var problem = await (await shop.PostIntakeAsync(intake with { DocumentIds = [licence.Id, idCard.Id] })).ProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("code").GetString().ShouldBe(RequiredMaterials.MissingCode);
        problem.GetProperty("detail").GetString().ShouldBe("缺少必需的备案材料：授权委托书");
        problem.GetProperty("errors").GetProperty(FileIntakeHandler.DocumentField(DocumentKind.PowerOfAttorney))[0].GetString().ShouldBe("须上传授权委托书");

        // The refusal used nothing up: the same uploads and a power of attorney are accepted.
        var attorney = await shop.StageDocumentAsync(DocumentKind.PowerOfAttorney);
        var filing = await shop.FileAsync(intake with { DocumentIds = [licence.Id, idCard.Id, attorney.Id] });
        var seal = await shop.GetSealAsync(filing.Seals[0].SealCode);
        seal.Filing.AgentIsLegalRepresentative.ShouldBeFalse();
        seal.Filing.Documents.Select(d => d.Kind).Order().ShouldBe([DocumentKind.BusinessLicense, DocumentKind.AgentIdCard, DocumentKind.PowerOfAttorney]);
        (await (await shop.EngraveAsync(seal.SealCode, await shop.EngraverIdAsync())).ReadStateAsync()).FlowState.ShouldBe(FlowState.Engraved);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_legal_representative_as_agent_needs_no_power_of_attorney(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var organization = TestData.Organization();
        var licence = await shop.StageDocumentAsync(DocumentKind.BusinessLicense);

        var filing = await shop.FileAsync(TestData.Intake(organization, organization.LegalRepresentative) with { DocumentIds = [licence.Id] });
        var code = filing.Seals[0].SealCode;

        (await (await shop.EngraveAsync(code, await shop.EngraverIdAsync())).ReadStateAsync()).FlowState.ShouldBe(FlowState.Engraved);
        var seal = await shop.GetSealAsync(code);
        seal.Filing.AgentIsLegalRepresentative.ShouldBeTrue();
        seal.Filing.Documents.ShouldHaveSingleItem().Kind.ShouldBe(DocumentKind.BusinessLicense);
    }
}
