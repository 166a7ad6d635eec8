using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Tests.Areas.Shop;

namespace SealGuard.Web.Tests.Infrastructure.Http;

/// <summary>
/// The pages' date fields: a text field in 年-月-日 (not the browser's date control), a day typed the Chinese way binds,
/// and text that is no day stays in the field with the Chinese message under it while the form changes nothing.
/// </summary>
public sealed class DayModelBinderTests(SharedApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_state_change_dated_with_no_real_day_shows_the_message_under_the_field_and_changes_nothing(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (browser, _) = await app.SignInWithCookieAsync("police.demo");
        var page = $"/Police/Shops/{DemoSeeder.DemoShopCode}";
        var before = await app.WithDbAsync(db => db.Shops.Where(s => s.ShopCode == DemoSeeder.DemoShopCode).Select(s => s.Version).SingleAsync(Ct));

        var response = await SealGuardApp.PostFormAsync(browser, page, page + "?handler=State",
            new() { ["NewState"] = "Suspended", ["Reason"] = "现场检查发现问题", ["EffectiveOn"] = "2026-02-30" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(Ct).Decoded();
        FieldFeedback(html, "EffectiveOn").ShouldBe(Messages.Get("Date.Invalid"));
        DateField(html, "EffectiveOn").ShouldContain("value=\"2026-02-30\"");
        (await app.WithDbAsync(db => db.Shops.Where(s => s.ShopCode == DemoSeeder.DemoShopCode).Select(s => s.Version).SingleAsync(Ct))).ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_day_typed_the_chinese_way_filters_and_shows_as_year_month_day(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (browser, _) = await app.SignInWithCookieAsync("police.admin");

        var typed = await (await browser.GetAsync("/Police/Audit?from=" + Uri.EscapeDataString("２０２６年3月5日") + "&to=2026%2F12%2F1", Ct)).Content.ReadAsStringAsync(Ct).Decoded();
        var wrong = await (await browser.GetAsync("/Police/Audit?from=2026-13-01", Ct)).Content.ReadAsStringAsync(Ct).Decoded();

        var from = DateField(typed, "from");
        from.ShouldContain("type=\"text\"");
        from.ShouldContain("value=\"2026-03-05\"");
        from.ShouldContain("placeholder=\"年-月-日\"");
        DateField(typed, "to").ShouldContain("value=\"2026-12-01\"");
        FieldFeedback(typed, "from").ShouldBeEmpty();
        FieldFeedback(wrong, "from").ShouldBe(Messages.Get("Date.Invalid"));
        DateField(wrong, "from").ShouldContain("value=\"2026-13-01\"");
    }

    /// <summary>The rendered input named <paramref name="name"/>.</summary>
    private static string DateField(string html, string name)
    {
        var input = Regex.Match(html, $"<input[^>]*name=\"{name}\"[^>]*>").Value;
        input.ShouldNotBeEmpty();
        return input;
    }

    /// <summary>The message the date field shows under itself, or empty.</summary>
    private static string FieldFeedback(string html, string name) =>
        Regex.Match(html, $"data-error-key=\"{Regex.Escape(name)}\"[^>]*>([^<]*)<").Groups[1].Value.Trim();
}
