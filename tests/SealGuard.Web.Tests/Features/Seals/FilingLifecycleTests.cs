using System.Net;
using SealGuard.Core.Filings;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Seals;

public sealed class FilingLifecycleTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_shop_files_engraves_uploads_and_delivers_a_seal(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.LoginAsync("shop.demo");

        var filing = await shop.FileAsync(TestData.Intake(sealTypes: ["01", "02"]));
        filing.Seals.Count.ShouldBe(2);
        filing.Seals.ShouldAllBe(s => s.SealCode.StartsWith("410702") && s.SealCode.Length == 13 && s.FlowState == FlowState.Accepted);

        var code = filing.Seals[0].SealCode;
        await (await shop.EngraveAsync(code, await shop.EngraverIdAsync())).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await shop.UploadImprintAsync(code)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await shop.DeliverAsync(code)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var seal = await shop.GetSealAsync(code);
        seal.FlowState.ShouldBe(FlowState.Delivered);
        seal.LifeState.ShouldBe(LifeState.InUse);
        seal.StatusCode.ShouldBe(SealStatusCode.Delivered);
        seal.Imprint.ShouldNotBeNull().WidthPx.ShouldBe(300);
        seal.History.Select(h => h.Action).ShouldBe([SealAction.Accepted, SealAction.Engraved, SealAction.ImprintUploaded, SealAction.Delivered]);
    }
}
