using System.Net;
using System.Net.Http.Json;
using SealGuard.Core.Filings;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Seals;

/// <summary>挂失 / 缴销 / 报废: allowed changes, their GA status codes, and the history they leave.</summary>
public sealed class LifeStateTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_delivered_seal_is_reported_lost_then_surrendered_with_both_changes_in_its_history(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var code = await shop.DeliverNewSealAsync();

        var lost = await (await shop.ChangeLifeStateAsync(code, "loss-report", "  经办人报称遗失  ")).ReadStateAsync();
        lost.LifeState.ShouldBe(LifeState.ReportedLost);
        lost.StatusCode.ShouldBe(7);
        var surrendered = await (await shop.ChangeLifeStateAsync(code, "surrender", "找回后缴销")).ReadStateAsync();
        surrendered.LifeState.ShouldBe(LifeState.Surrendered);
        surrendered.StatusCode.ShouldBe(6);

        var seal = await shop.GetSealAsync(code);
        seal.LifeState.ShouldBe(LifeState.Surrendered);
        seal.FlowState.ShouldBe(FlowState.Delivered);
        seal.ReportedLostAt.ShouldNotBeNull();
        seal.SurrenderedAt.ShouldNotBeNull();
        var changes = seal.History.Where(e => e.Action is SealAction.ReportedLost or SealAction.Surrendered).ToList();
        changes.Select(e => (e.Action, e.FromLife, e.ToLife, e.Actor, e.Note)).ShouldBe(
        [
            (SealAction.ReportedLost, LifeState.InUse, LifeState.ReportedLost, "shop.demo", "经办人报称遗失"),
            (SealAction.Surrendered, LifeState.ReportedLost, LifeState.Surrendered, "shop.demo", "找回后缴销"),
        ]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_accepted_seal_can_be_scrapped_but_not_reported_lost_or_surrendered(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var code = (await shop.FileAsync(TestData.Intake())).Seals[0].SealCode;

        await (await shop.ChangeLifeStateAsync(code, "loss-report")).ShouldBeRefusedAsync("Seal.CannotBecomeReportedLost");
        await (await shop.ChangeLifeStateAsync(code, "surrender")).ShouldBeRefusedAsync("Seal.CannotBecomeSurrendered");
        var scrapped = await (await shop.ChangeLifeStateAsync(code, "scrap", "刻制失败")).ReadStateAsync();

        scrapped.LifeState.ShouldBe(LifeState.Scrapped);
        scrapped.FlowState.ShouldBe(FlowState.Accepted);
        scrapped.StatusCode.ShouldBe(5);
        var seal = await shop.GetSealAsync(code);
        seal.ScrappedAt.ShouldNotBeNull();
        var last = seal.History[^1];
        (last.Action, last.ToLife, last.Actor, last.Note).ShouldBe((SealAction.Scrapped, LifeState.Scrapped, "shop.demo", "刻制失败"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_scrapped_seal_cannot_change_any_more(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var code = (await shop.FileAndEngraveAsync()).Seals[0].SealCode;
        await (await shop.ChangeLifeStateAsync(code, "scrap")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        await (await shop.ChangeLifeStateAsync(code, "loss-report")).ShouldBeRefusedAsync("Seal.CannotBecomeReportedLost");
        await (await shop.ChangeLifeStateAsync(code, "surrender")).ShouldBeRefusedAsync("Seal.CannotBecomeSurrendered");
        await (await shop.ChangeLifeStateAsync(code, "scrap")).ShouldBeRefusedAsync("Seal.CannotBecomeScrapped");
        await (await shop.UploadImprintAsync(code)).ShouldBeRefusedAsync("Seal.NotAwaitingImprint");
        await (await shop.DeliverAsync(code)).ShouldBeRefusedAsync("Seal.NotAwaitingDelivery");

        var seal = await shop.GetSealAsync(code);
        seal.LifeState.ShouldBe(LifeState.Scrapped);
        seal.StatusCode.ShouldBe(5);
        seal.History.Count(e => e.Action == SealAction.Scrapped).ShouldBe(1);
        seal.Imprint.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_scrapped_seal_is_not_engraved(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var code = (await shop.FileAsync(TestData.Intake())).Seals[0].SealCode;
        await (await shop.ChangeLifeStateAsync(code, "scrap")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        await (await shop.EngraveAsync(code, await shop.EngraverIdAsync())).ShouldBeRefusedAsync("Seal.NotAwaitingEngraving");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Police_of_the_seals_jurisdiction_can_record_a_loss_and_others_cannot_reach_the_seal(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var fengqiu = await shop.DeliverNewSealAsync(TestData.Intake(TestData.Organization("410727")));
        var hongqi = await shop.DeliverNewSealAsync(TestData.Intake(TestData.Organization("410702")));
        var police = await app.SignInAsync("police.fengqiu");

        var lost = await (await police.ChangeLifeStateAsync(fengqiu, "loss-report", "单位报案")).ReadStateAsync();
        await (await police.ChangeLifeStateAsync(hongqi, "loss-report", "单位报案")).ShouldBeNotFoundAsync("Seal.NotFound");

        lost.LifeState.ShouldBe(LifeState.ReportedLost);
        var last = (await shop.GetSealAsync(fengqiu)).History[^1];
        (last.Action, last.Actor, last.Note).ShouldBe((SealAction.ReportedLost, "police.fengqiu", "单位报案"));
        (await shop.GetSealAsync(hongqi)).LifeState.ShouldBe(LifeState.InUse);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_note_longer_than_500_characters_is_refused_naming_the_note(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var code = await shop.DeliverNewSealAsync();

        await (await shop.ChangeLifeStateAsync(code, "loss-report", new string('遗', 501))).ShouldNameFieldsAsync("note");
        (await shop.GetSealAsync(code)).LifeState.ShouldBe(LifeState.InUse);

        var longest = new string('遗', 500);
        await (await shop.ChangeLifeStateAsync(code, "loss-report", longest)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await shop.GetSealAsync(code)).History[^1].Note.ShouldBe(longest);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_unticked_box_or_a_missing_reason_is_refused_and_nothing_is_written(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var code = await shop.DeliverNewSealAsync();
        var auditBefore = await app.LastAuditIdAsync();

        foreach (var confirmed in new bool?[] { false, null })
        {
            var problem = await (await shop.ChangeLifeStateAsync(code, "loss-report", "经办人报称遗失", confirmed)).ProblemAsync(HttpStatusCode.BadRequest);
            problem.GetProperty("code").GetString().ShouldBe("Seal.LifeChangeNotConfirmed");
            problem.GetProperty("detail").GetString().ShouldBe("请先核实并勾选“我已核实，确认办理”，未勾选不予办理");
            problem.GetProperty("errors").TryGetProperty("confirmed", out _).ShouldBeTrue();
        }

        (await (await shop.PostAsync($"/api/v1/seals/{code}/surrender", null, TestContext.Current.CancellationToken)).ProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("code").GetString().ShouldBe("Seal.LifeChangeNotConfirmed");
        await (await shop.ChangeLifeStateAsync(code, "loss-report", "   ")).ShouldNameFieldsAsync("note");

        var seal = await shop.GetSealAsync(code);
        seal.LifeState.ShouldBe(LifeState.InUse);
        seal.ReportedLostAt.ShouldBeNull();
        seal.History.ShouldNotContain(e => e.Action == SealAction.ReportedLost || e.Action == SealAction.Surrendered);
        (await app.AuditOfAsync("Seal", code)).Where(a => a.Id > auditBefore).Select(a => a.Action).ShouldAllBe(a => a == "Seal.Viewed");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_answer_says_what_was_done_with_the_reason_and_the_time(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var code = await shop.DeliverNewSealAsync();

        var response = await shop.ChangeLifeStateAsync(code, "loss-report", " 单位报称遗失 ");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var change = (await response.Content.ReadFromJsonAsync<LifeChangeView>(FilingSteps.Json, TestContext.Current.CancellationToken))!;
        (change.SealCode, change.LifeState, change.Note).ShouldBe((code, LifeState.ReportedLost, "单位报称遗失"));
        change.ChangedAt.ShouldBe((await shop.GetSealAsync(code)).ReportedLostAt!.Value, TimeSpan.FromSeconds(1));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_system_administrator_cannot_change_a_seal(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var code = await shop.DeliverNewSealAsync();

        (await (await app.SignInAsync("admin.demo")).ChangeLifeStateAsync(code, "loss-report")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await shop.GetSealAsync(code)).LifeState.ShouldBe(LifeState.InUse);
    }
}
