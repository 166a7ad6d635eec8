using System.Net;
using System.Text.RegularExpressions;
using SealGuard.Core.Filings;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Areas.Shop.Seals;

/// <summary>The shop's seal page offers the forms for exactly the steps Core allows the seal (<see cref="SealSteps"/>).</summary>
public sealed partial class DetailsPageTests(SharedApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_page_offers_the_steps_the_seal_allows_as_it_moves_on(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var code = (await shop.FileAsync(TestData.Intake())).Seals[0].SealCode;
        var (browser, _) = await app.SignInWithCookieAsync("shop.demo");

        await ShouldOfferAsync(browser, code, ["engrave-form", "life-form"], [LifeState.Scrapped]);
        await (await shop.EngraveAsync(code, await shop.EngraverIdAsync())).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await ShouldOfferAsync(browser, code, ["imprint-form", "life-form"], [LifeState.Scrapped]);
        await (await shop.UploadImprintAsync(code)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await ShouldOfferAsync(browser, code, ["imprint-form", "deliver-form", "life-form"], [LifeState.Scrapped]);
        await (await shop.DeliverAsync(code)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await ShouldOfferAsync(browser, code, ["life-form"], [LifeState.ReportedLost, LifeState.Surrendered, LifeState.Scrapped]);

        var seal = await shop.GetSealAsync(code);
        seal.AllowedActions.ShouldBe([SealStep.ReportLost, SealStep.Surrender, SealStep.Scrap, SealStep.Replace]);
    }

    private static async Task ShouldOfferAsync(HttpClient browser, string code, string[] forms, LifeState[] lifeTargets)
    {
        var html = await (await browser.GetAsync($"/Shop/Seals/{code}", Ct)).Content.ReadAsStringAsync(Ct);
        var offered = FormTestId().Matches(html).Select(m => m.Groups[1].Value).Where(f => f != "document-form").ToList();
        offered.ShouldBe(forms);
        LifeRadio().Matches(html).Select(m => Enum.Parse<LifeState>(m.Groups[1].Value)).ShouldBe(lifeTargets);
    }

    [GeneratedRegex("<form\\b[^>]*data-testid=\"([a-z-]+-form)\"")]
    private static partial Regex FormTestId();

    [GeneratedRegex("name=\"LifeAction\" id=\"life-([A-Za-z]+)\"")]
    private static partial Regex LifeRadio();
}
