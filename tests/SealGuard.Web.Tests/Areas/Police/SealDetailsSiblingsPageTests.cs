using System.Net;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Areas.Police;

/// <summary>The police seal page lists the other seals of the same filing, with their states and links.</summary>
public sealed class SealDetailsSiblingsPageTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_seal_page_links_the_other_seals_of_its_filing(string provider)
    {
        var app = await apps.GetAsync(provider);
        var filing = await (await app.SignInAsync("shop.demo")).FileAsync(TestData.Intake(sealTypes: ["01", "02"]));
        var codes = filing.Seals.Select(s => s.SealCode).ToList();
        var (police, _) = await app.SignInWithCookieAsync("police.demo");

        var html = WebUtility.HtmlDecode(await police.GetStringAsync($"/Police/Seals/{codes[1]}", TestContext.Current.CancellationToken));

        html.ShouldContain("同一备案的其他印章（1 枚）");
        html.ShouldContain($"href=\"/Police/Seals/{codes[0]}\"");
    }
}
