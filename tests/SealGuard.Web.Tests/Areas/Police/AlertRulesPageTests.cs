using SealGuard.Web.Tests.Areas.Shop;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Areas.Police;

/// <summary>预警规则设置: every rule the engine has, with its Chinese name, description and thresholds.</summary>
public sealed class AlertRulesPageTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_page_shows_rules_4_5_6_and_8_with_their_names_descriptions_and_thresholds(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (browser, _) = await app.SignInWithCookieAsync("police.admin");

        var html = await browser.GetStringAsync("/Police/Alerts/Rules", TestContext.Current.CancellationToken).Decoded();

        foreach (var rule in new[] { "WatchList", "DeregisteredOrganization", "AgentForManyOrganizations", "IneligibleOperator" })
        {
            html.ShouldContain($"data-testid=\"rule-{rule}\"");
        }

        foreach (var text in new[] { "关注人员办理或领取印章", "已注销单位的印章业务", "同一人短期代办多家单位", "无资格刻章店或人员操作", "经办人（受理时）或领取人（交付时）", "不同单位数（家）", "统计时间窗口（天）" })
        {
            html.ShouldContain(text);
        }

        html.ShouldContain("name=\"settings[Organizations]\"");
        html.ShouldContain("name=\"settings[Days]\"");
    }
}
