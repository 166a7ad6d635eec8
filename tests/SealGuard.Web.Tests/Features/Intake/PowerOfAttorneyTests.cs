using System.Net;
using SealGuard.Core.Filings;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Intake;

/// <summary>An agent who is not the legal representative needs a power of attorney (授权委托书) before engraving.</summary>
public sealed class PowerOfAttorneyTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_agent_other_than_the_legal_representative_needs_a_power_of_attorney_before_engraving(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var filing = await shop.FileAsync(TestData.Intake(agent: TestData.Person()));
        var code = filing.Seals[0].SealCode;
        var engraver = await shop.EngraverIdAsync();
        (await shop.GetSealAsync(code)).Filing.AgentIsLegalRepresentative.ShouldBeFalse();

        await (await shop.EngraveAsync(code, engraver)).ShouldBeRefusedAsync("Filing.PowerOfAttorneyRequired");
        await (await shop.UploadDocumentAsync(filing.FilingId, "AgentIdCard")).ShouldHaveStatusAsync(HttpStatusCode.Created);
        await (await shop.EngraveAsync(code, engraver)).ShouldBeRefusedAsync("Filing.PowerOfAttorneyRequired");
        (await shop.GetSealAsync(code)).FlowState.ShouldBe(FlowState.Accepted);

        await (await shop.UploadDocumentAsync(filing.FilingId, "PowerOfAttorney")).ShouldHaveStatusAsync(HttpStatusCode.Created);

        (await (await shop.EngraveAsync(code, engraver)).ReadStateAsync()).FlowState.ShouldBe(FlowState.Engraved);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_legal_representative_as_agent_needs_no_power_of_attorney(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var organization = TestData.Organization();

        var filing = await shop.FileAsync(TestData.Intake(organization, organization.LegalRepresentative));
        var code = filing.Seals[0].SealCode;

        (await (await shop.EngraveAsync(code, await shop.EngraverIdAsync())).ReadStateAsync()).FlowState.ShouldBe(FlowState.Engraved);
        var seal = await shop.GetSealAsync(code);
        seal.Filing.AgentIsLegalRepresentative.ShouldBeTrue();
        seal.Filing.Documents.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_seal_of_a_filing_waits_for_the_same_power_of_attorney(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var filing = await shop.FileAsync(TestData.Intake(agent: TestData.Person(), sealTypes: ["01", "02"]));
        var engraver = await shop.EngraverIdAsync();

        await (await shop.EngraveAsync(filing.Seals[1].SealCode, engraver)).ShouldBeRefusedAsync("Filing.PowerOfAttorneyRequired");
        await (await shop.UploadDocumentAsync(filing.FilingId, "PowerOfAttorney")).ShouldHaveStatusAsync(HttpStatusCode.Created);

        foreach (var seal in filing.Seals)
        {
            (await (await shop.EngraveAsync(seal.SealCode, engraver)).ReadStateAsync()).FlowState.ShouldBe(FlowState.Engraved);
        }
    }
}
