using Microsoft.Playwright;
using SealGuard.BrowserTests.Infrastructure;

namespace SealGuard.BrowserTests.Hosting;

/// <summary>The side navigation: one current entry on any page, task groups that fold away and stay folded.</summary>
public sealed class NavigationJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_sub_page_highlights_only_its_own_entry_and_a_folded_group_stays_folded()
    {
        var (sealCode, _) = await app.DeliveredSealAsync();
        var page = await app.SignInAsync("police.demo");
        var nav = page.Locator("#sg-nav");

        await page.GotoAsync($"/Police/Seals/{sealCode}");
        await Assertions.Expect(nav.Locator(".nav-link.active")).ToHaveCountAsync(1);
        await Assertions.Expect(nav.Locator(".nav-link.active")).ToHaveTextAsync("印章查询");
        await Assertions.Expect(nav.Locator("[aria-current=page]")).ToHaveCountAsync(1);

        var review = nav.GetByRole(AriaRole.Button, new() { Name = "审核与审计" });
        await review.ClickAsync();
        await Assertions.Expect(review).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "变更备案审核" })).ToBeHiddenAsync();

        await page.GotoAsync("/Police/Shops");
        await Assertions.Expect(nav.GetByRole(AriaRole.Button, new() { Name = "审核与审计" })).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "变更备案审核" })).ToBeHiddenAsync();
        await Assertions.Expect(nav.Locator(".nav-link.active")).ToHaveTextAsync("刻章店");

        // The group of the page one is on is never folded away.
        await page.GotoAsync("/Police/Changes");
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "变更备案审核" })).ToBeVisibleAsync();
        await Assertions.Expect(nav.Locator(".nav-link.active")).ToHaveCountAsync(1);
    }
}
