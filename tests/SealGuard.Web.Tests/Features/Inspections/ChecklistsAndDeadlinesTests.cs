using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SealGuard.Core.Inspections;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Inspections;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Inspections;

/// <summary>Template versions, rectification deadlines and overdue on a fake clock, and the two PDFs read back.</summary>
public sealed class ChecklistsAndDeadlinesTests(SharedApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Editing_a_used_template_writes_a_new_version_and_old_inspections_keep_theirs(string provider)
    {
        var app = await apps.GetAsync(provider);
        var admin = await app.LoginAsync("police.admin");
        var police = await app.LoginAsync("police.demo");
        var name = "检查表" + TestData.UniqueWord();
        var created = await admin.PostAsJsonAsync("/api/v1/checklist-templates", new ChecklistTemplateRequest(name, [new("登记簿齐全", "规则第三条"), new("设备正常", "规则第三条第（四）项")]),
            FilingSteps.Json, Ct);
        await created.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var v1 = (await created.Content.ReadFromJsonAsync<ChecklistTemplateView>(FilingSteps.Json, Ct))!;

        // Unused: changed in place.
        var inPlace = await (await admin.PutAsJsonAsync($"/api/v1/checklist-templates/{v1.Id}", new ChecklistTemplateRequest(name, [new("登记簿齐全并保存5年", "规则第三条"), new("设备正常", "规则")]),
            FilingSteps.Json, Ct)).Content.ReadFromJsonAsync<ChecklistTemplateView>(FilingSteps.Json, Ct);
        inPlace!.Id.ShouldBe(v1.Id);
        inPlace.Number.ShouldBe(1);

        var template = inPlace;
        var request = new InspectionRequest(DemoSeeder.DemoShopCode, template.Id, null, "张伟", null, null,
            [new(template.Items[0].Id, "Fail", "登记簿缺页"), new(template.Items[1].Id, "NotApplicable", null)]);
        var inspected = await police.PostAsJsonAsync("/api/v1/inspections", request, FilingSteps.Json, Ct);
        await inspected.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var inspection = (await inspected.Content.ReadFromJsonAsync<InspectionDetails>(FilingSteps.Json, Ct))!;

        var revised = await admin.PutAsJsonAsync($"/api/v1/checklist-templates/{v1.Id}", new ChecklistTemplateRequest(name, [new("营业登记簿逐项登记", "规则第三条")]), FilingSteps.Json, Ct);
        await revised.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var v2 = (await revised.Content.ReadFromJsonAsync<ChecklistTemplateView>(FilingSteps.Json, Ct))!;
        v2.Id.ShouldNotBe(v1.Id);
        v2.Number.ShouldBe(2);
        v2.Items.ShouldHaveSingleItem().Text.ShouldBe("营业登记簿逐项登记");

        var old = (await police.GetFromJsonAsync<InspectionDetails>($"/api/v1/inspections/{inspection.Id}", FilingSteps.Json, Ct))!;
        old.TemplateNumber.ShouldBe(1);
        old.Items.Select(i => i.Text).ShouldBe(["登记簿齐全并保存5年", "设备正常"]);
        var current = (await police.GetFromJsonAsync<List<ChecklistTemplateView>>("/api/v1/checklist-templates", FilingSteps.Json, Ct))!;
        current.Where(t => t.Name == name).ShouldHaveSingleItem().Id.ShouldBe(v2.Id);
        (await police.GetFromJsonAsync<List<ChecklistTemplateView>>("/api/v1/checklist-templates?all=true", FilingSteps.Json, Ct))!
            .Where(t => t.Name == name).Select(t => (t.Number, t.IsCurrent)).ShouldBe([(2, true), (1, false)]);
        await (await police.PostAsJsonAsync("/api/v1/inspections", request, FilingSteps.Json, Ct)).ShouldNameFieldsAsync("templateId");
        (await admin.PutAsJsonAsync($"/api/v1/checklist-templates/{v1.Id}", new ChecklistTemplateRequest(name, [new("x", "y")]), FilingSteps.Json, Ct)).StatusCode
            .ShouldBe(HttpStatusCode.Conflict, "only the current version is edited");
        (await police.PostAsJsonAsync("/api/v1/checklist-templates", new ChecklistTemplateRequest(name, [new("x", "y")]), FilingSteps.Json, Ct)).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden, "officers use templates, PoliceAdmin configures them");
        await (await admin.PostAsJsonAsync("/api/v1/checklist-templates", new ChecklistTemplateRequest(name, [new("无依据", " ")]), FilingSteps.Json, Ct)).ShouldNameFieldsAsync("items[0].legalBasis");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_rectification_is_overdue_once_its_deadline_day_is_over_in_China_time(string provider)
    {
        var app = await apps.GetAsync(provider);
        // 2026-03-01 10:00 in China; due 15 days later, the whole of 2026-03-16 (China) still in time.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero));
        var officer = await app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.UserName == "police.demo")));
        var actor = new Actor(officer.Id, officer.UserName, UserRole.PoliceOfficer, null, ["4107"], null);
        var template = await (await app.LoginAsync("police.demo")).DefaultTemplateAsync();
        long id;
        using (var scope = app.Services.CreateScope())
        {
            var handler = ActivatorUtilities.CreateInstance<RecordInspectionHandler>(scope.ServiceProvider, (TimeProvider)clock);
            var recorded = await handler.HandleAsync(actor, InspectionSteps.Request(template, DemoSeeder.DemoShopCode, 5) with { InspectedAt = clock.GetUtcNow().UtcDateTime }, [], Ct);
            id = recorded.Value.ShouldNotBeNull().RectificationId!.Value;
            recorded.Value.Deadline.ShouldBe(new DateOnly(2026, 3, 16));
        }

        async Task<(bool Found, bool Listed)> OverdueAtAsync(DateTimeOffset at)
        {
            using var scope = app.Services.CreateScope();
            var found = await scope.ServiceProvider.GetRequiredService<FindOverdueRectificationsHandler>().HandleAsync(at.UtcDateTime, Ct);
            var list = await ActivatorUtilities.CreateInstance<ListRectificationsHandler>(scope.ServiceProvider, (TimeProvider)new FakeTimeProvider(at))
                .HandleAsync(actor, RectificationFilter.Overdue, DemoSeeder.DemoShopCode, Ct);
            return (found.Any(r => r.Id == id && r.ShopCode == DemoSeeder.DemoShopCode && r.DivisionCode == "410702"), list.Value!.Any(r => r.Id == id && r.IsOverdue));
        }

        (await OverdueAtAsync(new DateTimeOffset(2026, 3, 16, 15, 59, 59, TimeSpan.Zero))).ShouldBe((false, false), "23:59:59 on the deadline day in China");
        (await OverdueAtAsync(new DateTimeOffset(2026, 3, 16, 16, 0, 0, TimeSpan.Zero))).ShouldBe((true, true), "00:00 the day after, China time");

        // Closed by a recheck: no longer overdue at any time.
        using (var scope = app.Services.CreateScope())
        {
            var item = (await (await app.LoginAsync("police.demo")).RectificationAsync(id)).Items.Single();
            var recheck = ActivatorUtilities.CreateInstance<RecheckRectificationHandler>(scope.ServiceProvider, (TimeProvider)new FakeTimeProvider(new DateTimeOffset(2026, 3, 20, 2, 0, 0, TimeSpan.Zero)));
            (await recheck.HandleAsync(actor, id, new RecheckRequest("张伟", null, [new(item.Id, true)], null, null), Ct)).IsSuccess.ShouldBeTrue();
        }

        (await OverdueAtAsync(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero))).ShouldBe((false, false));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_record_and_the_notice_PDFs_name_the_shop_and_each_failed_item_with_its_legal_basis(string provider)
    {
        var app = await apps.GetAsync(provider);
        var police = await app.LoginAsync("police.demo");
        var inspection = await police.InspectAsync(DemoSeeder.DemoShopCode, 4, 9);

        var record = await police.GetAsync($"/api/v1/inspections/{inspection.Id}/record.pdf", Ct);
        await record.ShouldHaveStatusAsync(HttpStatusCode.OK);
        record.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var recordText = PdfReading.Text(await record.Content.ReadAsByteArrayAsync(Ct));
        recordText.ShouldContain("公章刻制业监督检查记录");
        recordText.ShouldContain(Flat(inspection.Shop.Name));
        recordText.ShouldContain("张伟、李强");
        recordText.ShouldContain("35.303000,113.926800");
        foreach (var item in DefaultChecklist.Items)
        {
            recordText.ShouldContain(Flat(item.Text));
        }

        recordText.ShouldContain("检查人员签名");

        var shop = await app.LoginAsync("shop.demo");
        var notice = PdfReading.Text(await shop.GetByteArrayAsync($"/api/v1/rectifications/{inspection.RectificationId}/notice.pdf", Ct));
        notice.ShouldContain("整改通知书");
        notice.ShouldContain(Flat(inspection.Shop.Name));
        notice.ShouldContain(Flat(DefaultChecklist.Items[3].Text));
        notice.ShouldContain(Flat(DefaultChecklist.Items[3].LegalBasis));
        notice.ShouldContain(Flat(DefaultChecklist.Items[8].Text));
        notice.ShouldNotContain(Flat(DefaultChecklist.Items[0].Text), customMessage: "passed items are not on the notice");
        notice.ShouldContain(inspection.Deadline!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        (await app.AuditOfAsync("Inspection", inspection.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).Select(a => a.Action).ShouldContain("Inspection.RecordPrinted");
    }

    private static string Flat(string text) => text.Replace(" ", "", StringComparison.Ordinal);
}
