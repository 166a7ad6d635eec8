using System.Net;
using System.Net.Http.Json;
using SealGuard.Core.Filings;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Seals;

/// <summary>制作 / 印模 / 交付 for all seals of a filing in one action: each seal's event and audit entry, all or nothing, once under a race.</summary>
public sealed class FilingBatchTests(SharedApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_filings_seals_are_engraved_imprinted_and_delivered_in_one_action_each_with_its_own_history_and_audit(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var filing = await shop.FileAsync(TestData.Intake(sealTypes: ["01", "02", "03"]));
        var codes = filing.Seals.Select(s => s.SealCode).ToList();

        var engraved = await (await shop.BatchEngraveAsync(filing.FilingId, await shop.EngraverIdAsync())).ReadBatchAsync();
        var imprinted = await (await shop.BatchImprintAsync(filing.FilingId, codes)).ReadBatchAsync();
        var delivered = await (await shop.BatchDeliverAsync(filing.FilingId)).ReadBatchAsync();

        engraved.Seals.Select(s => (s.SealCode, s.FlowState)).ShouldBe(codes.Select(c => (c, FlowState.Engraved)));
        imprinted.Imprints.Select(i => i.SealCode).ShouldBe(codes);
        delivered.Seals.Select(s => (s.SealCode, s.FlowState, s.StatusCode)).ShouldBe(codes.Select(c => (c, FlowState.Delivered, 4)));
        foreach (var code in codes)
        {
            var seal = await shop.GetSealAsync(code);
            seal.History.Select(e => e.Action).ShouldBe([SealAction.Accepted, SealAction.Engraved, SealAction.ImprintUploaded, SealAction.Delivered]);
            seal.Recipient.ShouldNotBeNull();
            var audit = (await app.AuditOfAsync("Seal", code)).Select(a => a.Action).ToList();
            foreach (var action in new[] { "Seal.Engraved", "Seal.ImprintUploaded", "Seal.Delivered" })
            {
                audit.Count(a => a == action).ShouldBe(1, $"{code} {action}");
            }
        }

        // Nothing is left at the step: the same batch again is refused.
        await (await shop.BatchDeliverAsync(filing.FilingId)).ShouldBeRefusedAsync("Filing.NoSealsAtStep");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_batch_with_one_bad_part_writes_nothing_for_any_seal(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var filing = await shop.FileAsync(TestData.Intake(sealTypes: ["01", "02"]));
        var codes = filing.Seals.Select(s => s.SealCode).ToList();
        await (await shop.BatchEngraveAsync(filing.FilingId, await shop.EngraverIdAsync())).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await shop.ChangeLifeStateAsync(codes[1], "scrap", "刻制有误")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var auditBefore = await app.LastAuditIdAsync();

        // The second seal is scrapped, so no longer at the step: the first one's imprint is not kept either.
        await (await shop.BatchImprintAsync(filing.FilingId, codes)).ShouldBeRefusedAsync("Seal.NotAwaitingImprint");
        // A file that is not an image refuses the whole batch before anything is stored.
        await (await shop.BatchImprintAsync(filing.FilingId, [codes[0]], "这不是图片"u8.ToArray())).ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        // A seal with no imprint is not ready for delivery, so nothing of the filing is.
        await (await shop.BatchDeliverAsync(filing.FilingId)).ShouldBeRefusedAsync("Filing.NoSealsAtStep");

        (await shop.GetSealAsync(codes[0])).Imprint.ShouldBeNull();
        (await shop.GetSealAsync(codes[0])).History.Select(e => e.Action).ShouldBe([SealAction.Accepted, SealAction.Engraved]);
        (await app.WithDbAsync(db => Task.FromResult(db.AuditEntries.Count(a => a.Id > auditBefore && codes.Contains(a.EntityKey) && a.Action != "Seal.Viewed")))).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Another_shops_filing_is_not_found(string provider)
    {
        var app = await apps.GetAsync(provider);
        var filing = await (await app.SignInAsync("shop.demo")).FileAsync(TestData.Intake());
        var other = await app.LoginOtherShopAsync();

        await (await other.BatchEngraveAsync(filing.FilingId, await app.OtherShopEngraverIdAsync())).ShouldBeNotFoundAsync("Filing.NotFound");
    }

    [Fact]
    public async Task Twelve_clerks_delivering_the_same_filing_at_once_deliver_each_seal_once()
    {
        var app = await apps.GetAsync(TestDatabase.Postgres);
        var shop = await app.SignInAsync("shop.demo");
        var filing = await shop.FileAsync(TestData.Intake(sealTypes: ["01", "02", "03"]));
        var codes = filing.Seals.Select(s => s.SealCode).ToList();
        await (await shop.BatchEngraveAsync(filing.FilingId, await shop.EngraverIdAsync())).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await shop.BatchImprintAsync(filing.FilingId, codes)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var clerks = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => app.SignInAsync("shop.demo")));

        var answers = await Task.WhenAll(clerks.Select(clerk => clerk.BatchDeliverAsync(filing.FilingId)));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        answers.Count(a => a.StatusCode == HttpStatusCode.Conflict).ShouldBe(11);
        foreach (var code in codes)
        {
            (await shop.GetSealAsync(code)).History.Count(e => e.Action == SealAction.Delivered).ShouldBe(1);
            (await app.AuditOfAsync("Seal", code)).Count(a => a.Action == "Seal.Delivered").ShouldBe(1);
        }
    }
}

internal static class FilingBatchRequests
{
    public static Task<HttpResponseMessage> BatchEngraveAsync(this HttpClient client, long filingId, long engraverStaffId) =>
        client.PostAsJsonAsync($"/api/v1/seals/filings/{filingId}/engraving", new EngravingRequest(engraverStaffId), FilingSteps.Json);

    public static Task<HttpResponseMessage> BatchImprintAsync(this HttpClient client, long filingId, IEnumerable<string> sealCodes, byte[]? content = null)
    {
        var form = new MultipartFormDataContent();
        foreach (var code in sealCodes)
        {
            form.Add(new ByteArrayContent(content ?? TestData.Png()), code, code + ".png");
        }

        return client.PutAsync($"/api/v1/seals/filings/{filingId}/imprints", form);
    }

    public static Task<HttpResponseMessage> BatchDeliverAsync(this HttpClient client, long filingId) =>
        client.PostAsJsonAsync($"/api/v1/seals/filings/{filingId}/delivery", new DeliveryRequest(TestData.Person()), FilingSteps.Json);

    public static async Task<FilingBatchView> ReadBatchAsync(this HttpResponseMessage response)
    {
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<FilingBatchView>(FilingSteps.Json))!;
    }
}
