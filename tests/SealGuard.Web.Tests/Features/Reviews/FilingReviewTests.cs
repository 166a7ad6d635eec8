using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SealGuard.Core.Filings;
using SealGuard.Web.Features.Reviews;
using SealGuard.Web.Tests.Features.Seals;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Reviews;

/// <summary>核验: police check or return a complete filing of their jurisdiction; the shop corrects and resubmits; suspension shows in public verification.</summary>
public sealed class FilingReviewTests(SharedApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_complete_filing_waits_in_the_queue_is_checked_once_and_every_seal_records_it(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var (filingId, codes, _) = await shop.CompleteFilingAsync(sealTypes: ["02", "04"]);
        var police = await app.SignInAsync("police.demo");
        (await police.QueueAsync("Pending")).Items.Select(i => i.FilingId).ShouldContain(filingId);

        var view = await (await police.ReviewAsync(filingId, "Checked", note: "材料齐全")).ReadReviewAsync();

        view.State.ShouldBe(ReviewState.Checked);
        view.Reviewable.ShouldBeFalse();
        var queue = await police.QueueAsync("Checked", sort: "-since");
        queue.Items.Select(i => i.FilingId).ShouldContain(filingId);
        queue.Checked.ShouldBeGreaterThanOrEqualTo(1);
        (await police.QueueAsync("Pending")).Items.Select(i => i.FilingId).ShouldNotContain(filingId);
        foreach (var code in codes)
        {
            var checkedEvent = (await shop.GetSealAsync(code)).History.Where(e => e.Action == SealAction.Checked).ShouldHaveSingleItem();
            checkedEvent.Note.ShouldBe("材料齐全");
        }

        (await app.AuditOfAsync("Filing", filingId.ToString(System.Globalization.CultureInfo.InvariantCulture))).Count(a => a.Action == "Filing.Checked").ShouldBe(1);
        await (await police.ReviewAsync(filingId, "Returned", ["UnclearImprint"])).ShouldBeRefusedAsync("Review.NotPending");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_filing_still_without_its_imprint_is_not_in_the_queue_and_cannot_be_reviewed(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var filing = await shop.FileAsync(TestData.Intake());
        await (await shop.EngraveAsync(filing.Seals[0].SealCode, await shop.EngraverIdAsync())).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var police = await app.SignInAsync("police.demo");

        (await police.QueueAsync("Pending")).Items.Select(i => i.FilingId).ShouldNotContain(filing.FilingId);
        await (await police.ReviewAsync(filing.FilingId, "Checked")).ShouldBeRefusedAsync("Review.Incomplete");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_return_names_at_least_one_listed_reason_and_other_needs_a_note(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (filingId, _, _) = await (await app.SignInAsync("shop.demo")).CompleteFilingAsync();
        var police = await app.SignInAsync("police.demo");

        await (await police.ReviewAsync(filingId, "Returned", [])).ShouldNameFieldsAsync("reasons");
        await (await police.ReviewAsync(filingId, "Returned", ["Other"])).ShouldNameFieldsAsync("note");
        await (await police.ReviewAsync(filingId, "Returned", ["字迹潦草"])).ShouldNameFieldsAsync("reasons");
        await (await police.ReviewAsync(filingId, "Approved")).ShouldNameFieldsAsync("decision");

        (await police.GetReviewAsync(filingId)).State.ShouldBe(ReviewState.Pending);
        var returned = await (await police.ReviewAsync(filingId, "Returned", ["Other", "IncompleteDocuments"], "营业执照副本过期")).ReadReviewAsync();
        returned.ReasonsText.ShouldBe("资料不全、其他");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_returned_and_suspended_filing_verifies_as_suspended_until_the_shop_corrects_it_and_the_officer_checks_it(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var (filingId, codes, name) = await shop.CompleteFilingAsync(deliver: true);
        var code = codes[0];
        var police = await app.SignInAsync("police.demo");
        await VerifyAsync(app, code, name, "Valid", "有效（已交付，在用）");

        var returned = await (await police.ReviewAsync(filingId, "Returned", ["UnclearImprint"], "印模边缘模糊", suspendSeals: true)).ReadReviewAsync();

        returned.Seals.ShouldHaveSingleItem().Suspended.ShouldBeTrue();
        var publicAnswer = await VerifyAsync(app, code, name, "Invalid", "暂停使用（待核验整改）");
        publicAnswer.ShouldNotContain("印模不清");
        publicAnswer.ShouldNotContain("印模边缘模糊");
        var queued = (await shop.QueueAsync("Returned")).Items.Where(i => i.FilingId == filingId).ShouldHaveSingleItem();
        (queued.ReasonsText, queued.Note, queued.Suspended).ShouldBe(("印模不清", "印模边缘模糊", true));

        // The correction: a new imprint for the delivered seal, one more material, the agent's phone.
        await (await shop.UploadImprintAsync(code, TestData.Png(width: 420, height: 420))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var staged = await shop.StageDocumentAsync(DocumentKind.BusinessLicense);
        var resubmitted = await (await shop.ResubmitAsync(filingId, new ResubmissionRequest([staged.Id], "13900001111", null, "已重新扫描印模"))).ReadReviewAsync();

        resubmitted.State.ShouldBe(ReviewState.Pending);
        resubmitted.AgentPhone.ShouldEndWith("1111");
        await VerifyAsync(app, code, name, "Invalid", "暂停使用（待核验整改）");
        (await police.QueueAsync("Pending")).Items.Select(i => i.FilingId).ShouldContain(filingId);
        (await shop.GetSealAsync(code)).Filing.Documents.Count(d => d.Kind == DocumentKind.BusinessLicense).ShouldBe(2);

        await (await police.ReviewAsync(filingId, "Checked")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        await VerifyAsync(app, code, name, "Valid", "有效（已交付，在用）");
        var history = (await shop.GetSealAsync(code)).History;
        history.Select(e => e.Action).ShouldBe([SealAction.Accepted, SealAction.Engraved, SealAction.ImprintUploaded, SealAction.Delivered,
            SealAction.Returned, SealAction.ImprintUploaded, SealAction.Resubmitted, SealAction.Checked]);
        history.Single(e => e.Action == SealAction.Returned).Note.ShouldBe("印模不清；印模边缘模糊；印章暂停使用，待核验整改");
        history.Single(e => e.Action == SealAction.Checked).Note.ShouldBe("印章暂停使用已解除");
        var audit = (await app.AuditOfAsync("Filing", filingId.ToString(System.Globalization.CultureInfo.InvariantCulture))).Select(a => a.Action).ToList();
        audit.ShouldContain("Filing.Returned");
        audit.ShouldContain("Filing.Resubmitted");
        audit.ShouldContain("Filing.Checked");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_returned_filing_without_suspension_keeps_its_seals_valid_and_only_a_returned_filing_is_resubmitted(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var (filingId, codes, name) = await shop.CompleteFilingAsync(deliver: true);
        var police = await app.SignInAsync("police.demo");
        await (await shop.ResubmitAsync(filingId, new ResubmissionRequest(null, null, null, null))).ShouldBeRefusedAsync("Review.NotReturned");
        // Before a return, a delivered seal's imprint stays as filed.
        await (await shop.UploadImprintAsync(codes[0])).ShouldBeRefusedAsync("Seal.NotAwaitingImprint");

        await (await police.ReviewAsync(filingId, "Returned", ["InformationMismatch"], "经办人电话无法接通")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        await VerifyAsync(app, codes[0], name, "Valid", "有效（已交付，在用）");
        await (await shop.ResubmitAsync(filingId, new ResubmissionRequest(null, "12345", null, null))).ShouldNameFieldsAsync("agentPhone");
        (await shop.GetReviewAsync(filingId)).State.ShouldBe(ReviewState.Returned);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Police_of_410727_neither_see_nor_review_a_410702_filing_and_another_shop_cannot_resubmit_it(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var (filingId, codes, _) = await shop.CompleteFilingAsync();
        codes[0].ShouldStartWith("410702");
        var fengqiu = await app.SignInAsync("police.fengqiu");

        (await fengqiu.QueueAsync("Pending")).Items.Select(i => i.FilingId).ShouldNotContain(filingId);
        await (await fengqiu.GetAsync($"/api/v1/filings/{filingId}/review", Ct)).ShouldBeNotFoundAsync("Filing.NotFound");
        await (await fengqiu.ReviewAsync(filingId, "Returned", ["IncompleteDocuments"], suspendSeals: true)).ShouldBeNotFoundAsync("Filing.NotFound");
        await (await shop.ReviewAsync(filingId, "Checked")).ProblemAsync(HttpStatusCode.Forbidden);

        await (await (await app.SignInAsync("police.demo")).ReviewAsync(filingId, "Returned", ["IncompleteDocuments"])).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var other = await app.LoginOtherShopAsync();
        await (await other.ResubmitAsync(filingId, new ResubmissionRequest(null, null, null, null))).ShouldBeNotFoundAsync("Filing.NotFound");
        (await other.QueueAsync("Returned")).Items.Select(i => i.FilingId).ShouldNotContain(filingId);
        (await shop.GetReviewAsync(filingId)).State.ShouldBe(ReviewState.Returned);
    }

    [Fact]
    public async Task Ten_parallel_decisions_on_one_filing_give_exactly_one_decision()
    {
        var app = await apps.GetAsync(TestDatabase.Postgres);
        var (filingId, codes, _) = await (await app.SignInAsync("shop.demo")).CompleteFilingAsync(sealTypes: ["02", "04"]);
        var officers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => app.LoginAsync("police.demo")));

        var answers = await Task.WhenAll(officers.Select((officer, i) => i % 2 == 0
            ? officer.ReviewAsync(filingId, "Checked")
            : officer.ReviewAsync(filingId, "Returned", ["IncompleteDocuments"], suspendSeals: true)));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        answers.Count(a => a.StatusCode == HttpStatusCode.Conflict).ShouldBe(9);
        var police = officers[0];
        foreach (var code in codes)
        {
            (await police.GetSealAsync(code)).History.Count(e => e.Action is SealAction.Checked or SealAction.Returned).ShouldBe(1);
        }

        (await app.AuditOfAsync("Filing", filingId.ToString(System.Globalization.CultureInfo.InvariantCulture))).Count(a => a.Action is "Filing.Checked" or "Filing.Returned").ShouldBe(1);
    }

    private static async Task<string> VerifyAsync(SealGuardApp app, string code, string name, string result, string status)
    {
        var body = await app.AnonymousClient().GetStringAsync($"/api/v1/public/verification?sealCode={code}&orgName={Uri.EscapeDataString(name)}", Ct);
        var json = JsonDocument.Parse(body).RootElement;
        json.GetProperty("result").GetString().ShouldBe(result, status);
        json.GetProperty("status").GetString().ShouldBe(status);
        json.GetProperty("hasImprint").GetBoolean().ShouldBe(result == "Valid");
        return body;
    }
}

internal static class ReviewRequests
{
    /// <summary>Files an intake, engraves and imprints its seals (and delivers them); returns the filing, its codes and the organization's name.</summary>
    public static async Task<(long FilingId, List<string> Codes, string Name)> CompleteFilingAsync(this HttpClient shop, string[]? sealTypes = null, bool deliver = false)
    {
        var intake = TestData.Intake(sealTypes: sealTypes ?? ["02"]);
        var filing = await shop.FileAsync(intake);
        var codes = filing.Seals.Select(s => s.SealCode).ToList();
        await (await shop.BatchEngraveAsync(filing.FilingId, await shop.EngraverIdAsync())).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await shop.BatchImprintAsync(filing.FilingId, codes)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        if (deliver)
        {
            await (await shop.BatchDeliverAsync(filing.FilingId)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        return (filing.FilingId, codes, intake.Organization!.Name!);
    }

    public static Task<HttpResponseMessage> ReviewAsync(this HttpClient client, long filingId, string decision, string[]? reasons = null, string? note = null, bool suspendSeals = false) =>
        client.PostAsJsonAsync($"/api/v1/filings/{filingId}/review", new FilingReviewRequest(decision, reasons, note, suspendSeals), FilingSteps.Json);

    public static Task<HttpResponseMessage> ResubmitAsync(this HttpClient client, long filingId, ResubmissionRequest request) =>
        client.PostAsJsonAsync($"/api/v1/filings/{filingId}/resubmission", request, FilingSteps.Json);

    public static async Task<FilingReviewView> ReadReviewAsync(this HttpResponseMessage response)
    {
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<FilingReviewView>(FilingSteps.Json))!;
    }

    public static async Task<FilingReviewView> GetReviewAsync(this HttpClient client, long filingId) =>
        await (await client.GetAsync($"/api/v1/filings/{filingId}/review")).ReadReviewAsync();

    /// <summary>The first page of a state's queue, newest first by default so a test finds the filing it just made among the shared app's.</summary>
    public static async Task<ReviewQueuePage> QueueAsync(this HttpClient client, string state, string sort = "-since")
    {
        var response = await client.GetAsync($"/api/v1/filings/reviews?state={state}&sort={sort}");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<ReviewQueuePage>(FilingSteps.Json))!;
    }
}
