using System.Net;
using SealGuard.Core.Filings;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Seals;

/// <summary>遗失补刻: names a seal reported lost, and is engraved only once the newspaper notice (登报声明) is on file.</summary>
public sealed class LostReplacementTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_lost_replacement_is_refused_when_the_named_seal_was_not_reported_lost(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");

        // A seal that was surrendered (not lost), and one still in use.
        var organization = TestData.Organization();
        var surrendered = await shop.DeliverNewSealAsync(TestData.Intake(organization));
        (await (await shop.ChangeLifeStateAsync(surrendered, "surrender")).ReadStateAsync()).LifeState.ShouldBe(LifeState.Surrendered);
        await (await shop.PostIntakeAsync(TestData.Replacement(organization, "LostReplacement", surrendered))).ShouldBeRefusedAsync("Seal.LostSealNotReported");

        var inUse = await shop.DeliverNewSealAsync(TestData.Intake(organization));
        await (await shop.PostIntakeAsync(TestData.Replacement(organization, "LostReplacement", inUse))).ShouldBeRefusedAsync("Seal.LostSealNotReported");
    }

    /// <summary>A lost seal is re-made only as its lost replacement, which needs the newspaper notice: not as new, nor as 换刻.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_lost_public_seal_is_replaced_only_by_a_lost_replacement(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var organization = TestData.Organization();
        var lost = await shop.DeliverNewSealAsync(TestData.Intake(organization));
        await (await shop.ChangeLifeStateAsync(lost, "loss-report", "经办人报称遗失")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        await (await shop.PostIntakeAsync(TestData.Intake(organization))).ShouldBeRefusedAsync("Seal.LostReplacementRequired");
        await (await shop.PostIntakeAsync(TestData.Replacement(organization, "Replacement", lost))).ShouldBeRefusedAsync("Seal.LostReplacementRequired");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task After_a_loss_report_the_replacement_filed_with_the_newspaper_notice_is_accepted_and_engraved(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var organization = TestData.Organization();
        var lost = await shop.DeliverNewSealAsync(TestData.Intake(organization));
        await (await shop.ChangeLifeStateAsync(lost, "loss-report", "经办人报称遗失")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var filing = await shop.FileAsync(TestData.Replacement(organization, "LostReplacement", lost));
        var code = filing.Seals[0].SealCode;
        var engraver = await shop.EngraverIdAsync();

        // The notice is required on intake (RequiredMaterialsTests); filed with it, the replacement is engraved at once.
        (await shop.GetSealAsync(code)).Filing.Documents.ShouldContain(d => d.Kind == DocumentKind.NewspaperNotice);
        (await (await shop.EngraveAsync(code, engraver)).ReadStateAsync()).FlowState.ShouldBe(FlowState.Engraved);

        var seal = await shop.GetSealAsync(code);
        seal.Reason.ShouldBe(EngravingReason.LostReplacement);
        (await shop.GetSealAsync(lost)).LifeState.ShouldBe(LifeState.ReportedLost);

        // Delivered, the replacement is the organization's one public seal; the lost one stays reported lost.
        await (await shop.UploadImprintAsync(code)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await shop.DeliverAsync(code)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await shop.GetSealAsync(lost)).LifeState.ShouldBe(LifeState.ReportedLost);
        (await shop.GetSealAsync(code)).LifeState.ShouldBe(LifeState.InUse);
        await (await shop.PostIntakeAsync(TestData.Replacement(organization, "LostReplacement", lost))).ShouldBeRefusedAsync("Seal.AlreadyReplaced");
    }
}
