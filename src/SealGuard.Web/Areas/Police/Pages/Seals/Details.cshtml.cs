using Microsoft.AspNetCore.Mvc;
using SealGuard.Web.Features.Reviews;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Areas.Police.Pages.Seals;

/// <summary>
/// One seal. A seal outside the officer's jurisdiction is a plain 404, the same as an unknown code, so codes
/// cannot be probed. 查看完整信息 posts the purpose; the handler checks it and audits the reveal. A document that
/// carries personal data is opened the same way (查看原件 posts its purpose), never shown as a thumbnail.
/// </summary>
public sealed class DetailsModel(GetSealHandler handler, ReviewFilingHandler reviews, TimeProvider clock) : PolicePage
{
    /// <summary>核验 of the seal's filing: Checked or Returned.</summary>
    [BindProperty] public string? Decision { get; set; }

    [BindProperty] public List<string> Reasons { get; set; } = [];

    [BindProperty] public string? ReviewNote { get; set; }

    [BindProperty] public bool SuspendSeals { get; set; }

    /// <summary>The review of the seal's filing (state, reasons, whether it can be decided now).</summary>
    public FilingReviewView? Review { get; private set; }

    /// <summary>Set after a decision was taken, for the confirmation.</summary>
    public bool Reviewed { get; private set; }

    [BindProperty] public string? Purpose { get; set; }

    /// <summary>The list this seal was opened from (<see cref="Web.Pages.ListReturn"/>).</summary>
    [BindProperty(SupportsGet = true)] public string? Back { get; set; }

    /// <summary>Where 返回查询 goes: the list it came from, or the empty search.</summary>
    public string BackToSearch => Web.Pages.ListReturn.To(IndexModel.Path, Back);

    [BindProperty] public string? DocumentPurpose { get; set; }

    /// <summary>The document whose purpose was refused, so its form shows the error.</summary>
    public long? DocumentId { get; private set; }

    public SealDetails Seal { get; private set; } = null!;

    /// <summary>For the footer of every printed page (内部资料 · 打印人 · 时间): the officer's name and login.</summary>
    public string PrintedBy => Actor.PrintName;

    /// <summary>When the page was rendered (UTC): the time a printout of it carries.</summary>
    public DateTime RenderedAt { get; } = clock.GetUtcNow().UtcDateTime;

    public Task<IActionResult> OnGetAsync(string sealCode, CancellationToken cancellationToken) =>
        LoadAsync(sealCode, reveal: false, cancellationToken);

    public async Task<IActionResult> OnPostRevealAsync(string sealCode, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(Actor, sealCode, reveal: true, Purpose, cancellationToken);
        if (outcome.Failure is { Kind: FailureKind.Validation, Errors: { } errors } && errors.ContainsKey("purpose"))
        {
            // No purpose given: the masked record again, with the error under the purpose field and the input kept.
            Errors.Add(outcome.Failure);
            return await LoadAsync(sealCode, reveal: false, cancellationToken);
        }

        if (outcome.Value is not null)
        {
            PersonalDataResponses.NoStore(Response);
        }

        return await WithReviewAsync(Show(outcome), cancellationToken);
    }

    public async Task<IActionResult> OnPostReviewAsync(string sealCode, CancellationToken cancellationToken)
    {
        var loaded = await handler.HandleAsync(Actor, sealCode, reveal: false, null, cancellationToken);
        if (loaded.Value is not { } seal)
        {
            return Show(loaded);
        }

        var outcome = await reviews.DecideAsync(Actor, seal.Filing.FilingId, new FilingReviewRequest(Decision, Reasons, ReviewNote, SuspendSeals), cancellationToken);
        if (outcome.Failure is { Kind: FailureKind.Forbidden })
        {
            return Forbid();
        }

        if (outcome.Failure is { } failure)
        {
            Errors.Add(failure);
            return await LoadAsync(sealCode, reveal: false, cancellationToken);
        }

        return Redirect($"/Police/Seals/{seal.SealCode}?reviewed=1#review");
    }

    public async Task<IActionResult> OnPostDocumentAsync(string sealCode, long filingId, long documentId, [FromServices] ReadImagesHandler images, CancellationToken cancellationToken)
    {
        var outcome = await images.DocumentAsync(Actor, filingId, documentId, DocumentPurpose, cancellationToken);
        if (outcome.Value is { } image)
        {
            PersonalDataResponses.NoStore(Response);
            return File(image.Content, image.ContentType);
        }

        if (outcome.Failure is { Kind: FailureKind.Validation, Errors: { } errors } && errors.TryGetValue("purpose", out var messages))
        {
            DocumentId = documentId;
            Errors.AddField("documentPurpose", messages);
            return await LoadAsync(sealCode, reveal: false, cancellationToken);
        }

        return outcome.Failure!.Kind == FailureKind.Forbidden ? Forbid() : NotFound();
    }

    private async Task<IActionResult> LoadAsync(string sealCode, bool reveal, CancellationToken cancellationToken) =>
        await WithReviewAsync(Show(await handler.HandleAsync(Actor, sealCode, reveal, null, cancellationToken)), cancellationToken);

    private async Task<IActionResult> WithReviewAsync(IActionResult result, CancellationToken cancellationToken)
    {
        if (Seal is not null)
        {
            Review = (await reviews.GetAsync(Actor, Seal.Filing.FilingId, cancellationToken)).Value;
            Reviewed = Request.Query.ContainsKey("reviewed");
        }

        return result;
    }

    private IActionResult Show(Outcome<SealDetails> outcome)
    {
        if (outcome.Value is { } seal)
        {
            Seal = seal;
            return Page();
        }

        return outcome.Failure!.Kind == FailureKind.Forbidden ? Forbid() : NotFound();
    }
}
