using System.Net;
using SealGuard.Core.Filings;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Filings;

/// <summary>遗失补刻: only for a seal reported lost, and engraved only once the newspaper notice (登报声明) is on file.</summary>
public sealed class LostReplacementTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_lost_replacement_is_refused_when_no_seal_of_the_type_was_reported_lost(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");

        // An organization that never had a public seal, and one whose public seal was surrendered (not lost).
        await (await shop.PostIntakeAsync(TestData.Intake(reason: "LostReplacement"))).ShouldBeRefusedAsync("Seal.LostSealNotReported");

        var organization = TestData.Organization();
        var surrendered = await shop.DeliverNewSealAsync(TestData.Intake(organization));
        (await (await shop.ChangeLifeStateAsync(surrendered, "surrender")).ReadStateAsync()).LifeState.ShouldBe(LifeState.Surrendered);
        await (await shop.PostIntakeAsync(TestData.Intake(organization, reason: "LostReplacement"))).ShouldBeRefusedAsync("Seal.LostSealNotReported");
    }

    /// <summary>
    /// While the old seal is still in use the single-in-use rule answers first (its message says to report the seal lost
    /// or file a replacement).
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_lost_replacement_is_refused_while_the_old_seal_is_still_in_use(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var organization = TestData.Organization();
        await shop.DeliverNewSealAsync(TestData.Intake(organization));

        await (await shop.PostIntakeAsync(TestData.Intake(organization, reason: "LostReplacement"))).ShouldBeRefusedAsync("Seal.UniqueTypeInUse");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task After_a_loss_report_the_replacement_is_accepted_and_engraved_once_the_newspaper_notice_is_uploaded(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var organization = TestData.Organization();
        var lost = await shop.DeliverNewSealAsync(TestData.Intake(organization));
        await (await shop.ChangeLifeStateAsync(lost, "loss-report", "经办人报称遗失")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var filing = await shop.FileAsync(TestData.Intake(organization, reason: "LostReplacement"));
        var code = filing.Seals[0].SealCode;
        var engraver = await shop.EngraverIdAsync();

        await (await shop.EngraveAsync(code, engraver)).ShouldBeRefusedAsync("Filing.NewspaperNoticeRequired");
        await (await shop.UploadDocumentAsync(filing.FilingId, "BusinessLicense")).ShouldHaveStatusAsync(HttpStatusCode.Created);
        await (await shop.EngraveAsync(code, engraver)).ShouldBeRefusedAsync("Filing.NewspaperNoticeRequired");
        (await shop.GetSealAsync(code)).FlowState.ShouldBe(FlowState.Accepted);

        await (await shop.UploadDocumentAsync(filing.FilingId, "NewspaperNotice")).ShouldHaveStatusAsync(HttpStatusCode.Created);
        (await (await shop.EngraveAsync(code, engraver)).ReadStateAsync()).FlowState.ShouldBe(FlowState.Engraved);

        var seal = await shop.GetSealAsync(code);
        seal.Reason.ShouldBe(EngravingReason.LostReplacement);
        (await shop.GetSealAsync(lost)).LifeState.ShouldBe(LifeState.ReportedLost);
    }
}
