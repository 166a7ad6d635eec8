using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Core.Inspections;
using SealGuard.Web.Features.Inspections;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Tests.Infrastructure;
using SealGuard.Web.Tests.Infrastructure.Imaging;

namespace SealGuard.Web.Tests.Features.Inspections;

/// <summary>Inspections through the API: a failed item issues a notice, the shop marks it, the recheck closes or escalates it; scoped like every police record.</summary>
public sealed class InspectionsApiTests(SharedApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_failed_item_issues_a_notice_the_shop_marks_it_and_the_recheck_closes_it(string provider)
    {
        var app = await apps.GetAsync(provider);
        var police = await app.LoginAsync("police.demo");
        var shop = await app.LoginAsync("shop.demo");

        var inspection = await police.InspectAsync(DemoSeeder.DemoShopCode, 3);

        inspection.Items.Count.ShouldBe(DefaultChecklist.Items.Count);
        inspection.Items.Single(i => i.Position == 3).Outcome.ShouldBe(CheckOutcome.Fail);
        inspection.Location.ShouldNotBeNull().Latitude.ShouldBe(35.3030);
        inspection.RectificationState.ShouldBe(RectificationState.Open);
        inspection.Deadline.ShouldBe(Rectification.DeadlineFor(DateTime.UtcNow, 15));
        var id = inspection.RectificationId!.Value;

        var open = await shop.GetFromJsonAsync<List<RectificationSummary>>("/api/v1/rectifications", FilingSteps.Json, Ct);
        open!.ShouldContain(r => r.Id == id && r.ItemCount == 1 && r.MarkedCount == 0);
        var notice = await shop.RectificationAsync(id);
        var item = notice.Items.ShouldHaveSingleItem();
        item.Text.ShouldBe(DefaultChecklist.Items[2].Text);
        item.LegalBasis.ShouldBe(DefaultChecklist.Items[2].LegalBasis);

        await (await shop.MarkAsync(id, item.Id, "已按平面图增设保险柜", TestData.Png(200, 150))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var marked = (await police.RectificationAsync(id)).Items.Single();
        marked.ShopNote.ShouldBe("已按平面图增设保险柜");
        marked.HasShopPhoto.ShouldBeTrue();
        (await police.GetAsync($"/api/v1/rectifications/{id}/items/{item.Id}/photo", Ct)).Content.Headers.ContentType!.MediaType.ShouldBe("image/png");

        var recheck = await police.PostAsJsonAsync($"/api/v1/rectifications/{id}/recheck",
            new RecheckRequest("张伟", "复查合格", [new RecheckItemInput(item.Id, true)], null, null), FilingSteps.Json, Ct);

        await recheck.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var closed = await shop.RectificationAsync(id);
        closed.State.ShouldBe(RectificationState.Closed);
        closed.Rechecks.ShouldHaveSingleItem().Decision.ShouldBe(RecheckDecision.Close);
        (await shop.GetFromJsonAsync<List<RectificationSummary>>("/api/v1/rectifications", FilingSteps.Json, Ct))!.ShouldNotContain(r => r.Id == id);
        (await (await shop.MarkAsync(id, item.Id, "再次标记")).ProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("Rectification.NotOpen");
        var audit = await app.AuditOfAsync("Rectification", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        audit.Select(a => a.Action).ShouldBe(["Rectification.Issued", "Rectification.ItemMarked", "Rectification.Rechecked"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_recheck_with_an_unrectified_item_needs_a_later_deadline_or_a_proposed_penalty(string provider)
    {
        var app = await apps.GetAsync(provider);
        var police = await app.LoginAsync("police.demo");
        var inspection = await police.InspectAsync(DemoSeeder.DemoShopCode, 1, 8);
        var id = inspection.RectificationId!.Value;
        var items = (await police.RectificationAsync(id)).Items;
        var judged = items.Select((i, n) => new RecheckItemInput(i.Id, n == 0)).ToList();

        var undecided = await police.PostAsJsonAsync($"/api/v1/rectifications/{id}/recheck", new RecheckRequest("张伟", null, judged, null, null), FilingSteps.Json, Ct);
        (await undecided.ShouldNameFieldsAsync("decision"))["decision"].ShouldBe([Messages.Get("Rectification.DecisionRequired")]);
        var closing = await police.PostAsJsonAsync($"/api/v1/rectifications/{id}/recheck", new RecheckRequest("张伟", null, judged, "Close", null), FilingSteps.Json, Ct);
        await closing.ShouldNameFieldsAsync("decision");
        var today = Core.ChinaTime.Today(TimeProvider.System);
        var notLater = await police.PostAsJsonAsync($"/api/v1/rectifications/{id}/recheck", new RecheckRequest("张伟", null, judged, "Extend", today), FilingSteps.Json, Ct);
        await notLater.ShouldNameFieldsAsync("newDeadline");
        (await police.RectificationAsync(id)).Rechecks.ShouldBeEmpty("a refused recheck writes nothing");

        var extended = await police.PostAsJsonAsync($"/api/v1/rectifications/{id}/recheck", new RecheckRequest("张伟", null, judged, "Extend", today.AddDays(7)), FilingSteps.Json, Ct);
        await extended.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var after = await police.RectificationAsync(id);
        after.State.ShouldBe(RectificationState.Open);
        after.Deadline.ShouldBe(today.AddDays(7));
        after.Items.Select(i => i.Rectified).ShouldBe([true, false]);

        var penalty = await police.PostAsJsonAsync($"/api/v1/rectifications/{id}/recheck", new RecheckRequest("张伟", null, judged, "ProposePenalty", null), FilingSteps.Json, Ct);
        await penalty.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await police.RectificationAsync(id)).State.ShouldBe(RectificationState.PenaltyProposed);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_officer_of_410727_can_neither_see_nor_inspect_a_410702_shop_and_a_shop_sees_only_its_own(string provider)
    {
        var app = await apps.GetAsync(provider);
        var city = await app.LoginAsync("police.demo");
        var fengqiu = await app.LoginAsync("police.fengqiu");
        var inspection = await city.InspectAsync(DemoSeeder.DemoShopCode, 2);
        var template = await fengqiu.DefaultTemplateAsync();

        var refused = await fengqiu.PostAsJsonAsync("/api/v1/inspections", InspectionSteps.Request(template, DemoSeeder.DemoShopCode, 2), FilingSteps.Json, Ct);
        await refused.ShouldHaveStatusAsync(HttpStatusCode.NotFound);
        (await fengqiu.GetAsync($"/api/v1/inspections/{inspection.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await fengqiu.GetAsync($"/api/v1/inspections/{inspection.Id}/record.pdf", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await fengqiu.GetAsync($"/api/v1/rectifications/{inspection.RectificationId}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await fengqiu.GetAsync($"/api/v1/rectifications/{inspection.RectificationId}/notice.pdf", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var recheck = await fengqiu.PostAsJsonAsync($"/api/v1/rectifications/{inspection.RectificationId}/recheck",
            new RecheckRequest("赵磊", null, [], "ProposePenalty", null), FilingSteps.Json, Ct);
        recheck.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var listed = (await fengqiu.GetFromJsonAsync<InspectionPage>("/api/v1/inspections", FilingSteps.Json, Ct))!;
        listed.Items.ShouldNotContain(i => i.Id == inspection.Id);
        listed.Items.ShouldAllBe(i => i.ShopCode.StartsWith("410727"));
        (await fengqiu.GetFromJsonAsync<List<RectificationSummary>>("/api/v1/rectifications?state=All", FilingSteps.Json, Ct))!.ShouldAllBe(r => r.ShopCode.StartsWith("410727"));

        // Their own county's shop, yes.
        var own = await fengqiu.InspectAsync(await app.ShopCodeInAsync("410727"));
        own.RectificationId.ShouldBeNull("nothing failed");

        var otherShop = await app.LoginAsync(await app.AddUserAsync(Web.Features.Identity.UserRole.ShopManager, shopCode: await app.OtherShopCodeAsync()));
        (await otherShop.GetAsync($"/api/v1/inspections/{inspection.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherShop.GetAsync($"/api/v1/rectifications/{inspection.RectificationId}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var item = (await city.RectificationAsync(inspection.RectificationId!.Value)).Items[0];
        (await otherShop.MarkAsync(inspection.RectificationId!.Value, item.Id, "不是我的")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherShop.GetFromJsonAsync<InspectionPage>("/api/v1/inspections", FilingSteps.Json, Ct))!.Items.ShouldNotContain(i => i.Id == inspection.Id);
        var demoShop = await app.LoginAsync("shop.demo");
        (await demoShop.GetFromJsonAsync<InspectionPage>("/api/v1/inspections", FilingSteps.Json, Ct))!.Items.ShouldAllBe(i => i.ShopCode == DemoSeeder.DemoShopCode);
        (await demoShop.PostAsJsonAsync("/api/v1/inspections", InspectionSteps.Request(template, DemoSeeder.DemoShopCode), FilingSteps.Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_input_is_refused_under_its_field_and_writes_nothing(string provider)
    {
        var app = await apps.GetAsync(provider);
        var police = await app.LoginAsync("police.demo");
        var template = await police.DefaultTemplateAsync();
        var marker = "bad-input-" + TestData.UniqueWord();
        var good = InspectionSteps.Request(template, DemoSeeder.DemoShopCode, 1) with { Notes = marker };

        (await (await police.PostAsJsonAsync("/api/v1/inspections", good with { Location = new LocationInput(91, 200, -1, "Device") }, FilingSteps.Json, Ct))
            .ShouldNameFieldsAsync("location.latitude", "location.longitude", "location.accuracyMeters"))["location.latitude"].ShouldBe([Messages.Get("Inspection.LatitudeRange")]);
        await (await police.PostAsJsonAsync("/api/v1/inspections", good with { Location = new LocationInput(35.3, null, null, null) }, FilingSteps.Json, Ct))
            .ShouldNameFieldsAsync("location.longitude");
        await (await police.PostAsJsonAsync("/api/v1/inspections", good with { Results = good.Results!.Skip(1).ToList() }, FilingSteps.Json, Ct))
            .ShouldNameFieldsAsync($"item-{template.Items[0].Id}");
        await (await police.PostAsJsonAsync("/api/v1/inspections", good with { Results = [.. good.Results!.Skip(1), good.Results![0] with { Note = null }] }, FilingSteps.Json, Ct))
            .ShouldNameFieldsAsync($"results[{good.Results!.Count - 1}].note");
        await (await police.PostAsJsonAsync("/api/v1/inspections", good with { Results = [good.Results![0] with { Outcome = "Maybe" }, .. good.Results!.Skip(1)] }, FilingSteps.Json, Ct))
            .ShouldNameFieldsAsync("results[0].outcome");
        await (await police.PostAsJsonAsync("/api/v1/inspections", good with { Officers = " ", InspectedAt = DateTime.UtcNow.AddDays(1) }, FilingSteps.Json, Ct))
            .ShouldNameFieldsAsync("officers");
        await (await police.PostAsJsonAsync("/api/v1/inspections", good with { InspectedAt = DateTime.UtcNow.AddDays(1) }, FilingSteps.Json, Ct))
            .ShouldNameFieldsAsync("inspectedAt");

        (await app.WithDbAsync(db => db.Inspections.CountAsync(i => i.Notes == marker, Ct))).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Photos_are_decoded_kept_only_re_encoded_without_their_metadata_and_hostile_files_are_refused(string provider)
    {
        var app = await apps.GetAsync(provider);
        var police = await app.LoginAsync("police.demo");
        var inspection = await police.InspectAsync(DemoSeeder.DemoShopCode);
        const string secret = "GPS-SECRET-35.3030N-113.9268E";
        var tagged = JpegTestSegments.WithAppSegments(TestImages.Jpeg(320, 240), (0xE1, [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. Encoding.ASCII.GetBytes(secret)]));

        var stored = await Upload(police, inspection.Id, tagged, "site.jpg");

        await stored.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var photo = (await stored.Content.ReadFromJsonAsync<PhotoView>(FilingSteps.Json, Ct))!;
        photo.WidthPx.ShouldBe(320);
        var served = await police.GetByteArrayAsync($"/api/v1/inspections/{inspection.Id}/photos/{photo.Id}", Ct);
        served.AsSpan(0, 4).ToArray().ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
        Encoding.ASCII.GetString(served).ShouldNotContain(secret);
        Directory.EnumerateFiles(app.DataDirectory, "*", SearchOption.AllDirectories)
            .ShouldNotContain(f => Encoding.ASCII.GetString(File.ReadAllBytes(f)).Contains(secret), "the original with its metadata is not stored");

        foreach (var (content, name) in new[] { ("<svg onload=alert(1)>"u8.ToArray(), "x.svg"), ([.. TestData.Png(10, 10).Take(40)], "cut.png"), ("MZ\x90\0"u8.ToArray(), "photo.jpg") })
        {
            await (await Upload(police, inspection.Id, content, name)).ShouldNameFieldsAsync("file");
        }

        (await police.GetFromJsonAsync<InspectionDetails>($"/api/v1/inspections/{inspection.Id}", FilingSteps.Json, Ct))!.Photos.ShouldHaveSingleItem();
        var fengqiu = await app.LoginAsync("police.fengqiu");
        (await Upload(fengqiu, inspection.Id, TestData.Png(20, 20), "p.png")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_list_sorts_and_counts_the_inspections(string provider)
    {
        var app = await apps.GetAsync(provider);
        var police = await app.LoginAsync("police.demo");
        await police.InspectAsync(DemoSeeder.DemoShopCode, 1, 2, 3);
        var page = (await police.GetFromJsonAsync<InspectionPage>("/api/v1/inspections?sort=Failed&desc=true", FilingSteps.Json, Ct))!;

        page.Total.ShouldBeGreaterThanOrEqualTo(page.Items.Count);
        page.Items.Select(i => i.FailedCount).ShouldBeInOrder(SortDirection.Descending);
        var byTime = (await police.GetFromJsonAsync<InspectionPage>("/api/v1/inspections", FilingSteps.Json, Ct))!;
        byTime.Items.Select(i => i.InspectedAt).ShouldBeInOrder(SortDirection.Descending);
        (await police.GetAsync("/api/v1/inspections?sort=Nope", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static Task<HttpResponseMessage> Upload(HttpClient client, long inspectionId, byte[] content, string fileName)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } };
        return client.PostAsync($"/api/v1/inspections/{inspectionId}/photos", form, Ct);
    }
}
