using Microsoft.Playwright;
using SealGuard.BrowserTests.Infrastructure;
using SealGuard.BrowserTests.Shop;

namespace SealGuard.BrowserTests.Police;

/// <summary>
/// 核验 of a seal filing: the officer returns it for an unclear imprint and suspends its seal, the public verification
/// then says 暂停使用, the shop uploads a clear imprint and resubmits, the officer checks it and the seal verifies as valid.
/// </summary>
public sealed class ReviewJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task An_officer_returns_a_filing_and_suspends_its_seal_the_shop_corrects_it_and_once_checked_it_verifies_again()
    {
        var filing = await app.FileAsync(seed: 242, engraved: true, "01");
        await app.DeliverAsync(filing);
        var sealCode = filing.SealCodes[0];

        var police = await app.SignInAsync("police.demo");
        var csp = await CspWatch.StartAsync(police);
        await police.GotoAsync("/Police/Seals/" + sealCode);
        var review = police.GetByTestId("review-card");
        await Assertions.Expect(review.GetByTestId("review-state")).ToContainTextAsync("待核验");
        await review.GetByLabel("退回整改").CheckAsync();
        await review.GetByLabel("印模不清").CheckAsync();
        await review.GetByLabel("备注").FillAsync("印模边缘模糊，请按 600 DPI 重新扫描上传");
        await review.GetByLabel("同时暂停该备案印章的使用", new() { Exact = false }).CheckAsync();
        await review.GetByTestId("review-submit").ClickAsync();
        await Assertions.Expect(review.GetByTestId("review-state")).ToContainTextAsync("已退回");
        await Assertions.Expect(review.GetByTestId("review-reasons")).ToContainTextAsync("印模不清");
        await Assertions.Expect(police.GetByTestId("timeline")).ToContainTextAsync("印章暂停使用");
        (await police.SeriousViolationsAsync()).ShouldBeEmpty();
        await police.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("police-review-returned"), FullPage = true });

        var result = await VerifyAsync(sealCode, filing.OrgName);
        await Assertions.Expect(result).ToHaveAttributeAsync("data-result", "Invalid");
        await Assertions.Expect(result).ToContainTextAsync("暂停使用");

        var shop = await app.SignInAsync("shop.demo");
        var shopCsp = await CspWatch.StartAsync(shop);
        await Assertions.Expect(shop.GetByTestId("returned-filings")).ToContainTextAsync(filing.OrgName);
        await shop.GetByTestId("correct-" + filing.FilingId).ClickAsync();
        await Assertions.Expect(shop.GetByTestId("return-reasons")).ToContainTextAsync("印模不清");
        await shop.Locator("#imprint-" + sealCode).SetInputFilesAsync(new FilePayload { Name = "imprint-600dpi.png", MimeType = "image/png", Buffer = ShopSealData.ImprintPng(945) });
        await shop.GetByTestId("imprint-submit").ClickAsync();
        await Assertions.Expect(shop.GetByText("新印模已保存")).ToBeVisibleAsync();
        await shop.GetByLabel("更正说明").FillAsync("已按要求重新扫描印模");
        await shop.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("shop-filing-correction"), FullPage = true });
        await shop.GetByTestId("resubmit-submit").ClickAsync();
        await Assertions.Expect(shop.GetByTestId("resubmitted")).ToContainTextAsync("已重新提交，等待民警核验");
        await Assertions.Expect(shop.GetByTestId("returned-filings")).Not.ToContainTextAsync(filing.OrgName);
        (await shop.SeriousViolationsAsync()).ShouldBeEmpty();

        await police.ReloadAsync();
        await Assertions.Expect(review.GetByTestId("review-state")).ToContainTextAsync("待核验");
        await review.GetByLabel("已核验", new() { Exact = false }).CheckAsync();
        await review.GetByTestId("review-submit").ClickAsync();
        await Assertions.Expect(review.GetByTestId("review-state")).ToContainTextAsync("已核验");

        result = await VerifyAsync(sealCode, filing.OrgName);
        await Assertions.Expect(result).ToHaveAttributeAsync("data-result", "Valid");
        await Assertions.Expect(result).ToContainTextAsync("状态为在用");

        // Both consoles print the seal's 印鉴留存卡 from its page.
        await PrintsImprintCardAsync(police, "police");
        await shop.GotoAsync("/Shop/Seals/" + sealCode);
        await PrintsImprintCardAsync(shop, "shop");
        csp.Violations.ShouldBeEmpty();
        shopCsp.Violations.ShouldBeEmpty();
    }

    /// <summary>The page's print button answers the card as a PDF, kept beside the screenshots to be looked at.</summary>
    private static async Task PrintsImprintCardAsync(IPage page, string console)
    {
        var button = page.GetByRole(AriaRole.Link, new() { Name = "打印印鉴留存卡" });
        await Assertions.Expect(button).ToBeVisibleAsync();
        var card = await page.Context.APIRequest.GetAsync((await button.GetAttributeAsync("href"))!);
        card.Status.ShouldBe(200);
        card.Headers["content-type"].ShouldBe("application/pdf");
        await File.WriteAllBytesAsync(Path.ChangeExtension(BrowserApp.ScreenshotPath(console + "-imprint-card"), ".pdf"), await card.BodyAsync());
    }

    /// <summary>The public verification on a phone, as anyone holding the seal's paper would do it.</summary>
    private async Task<ILocator> VerifyAsync(string sealCode, string orgName)
    {
        var page = await app.NewPageAsync(width: 375, height: 812);
        await page.GotoAsync("/");
        await page.GetByLabel("印章编码").FillAsync(sealCode);
        await page.GetByLabel("用章单位名称").FillAsync(orgName);
        await page.GetByRole(AriaRole.Button, new() { Name = "核验" }).ClickAsync();
        return page.GetByTestId("verification-result");
    }
}
