using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Areas.Police.Pages.Seals;

/// <summary>
/// One seal. A seal outside the officer's jurisdiction is a plain 404, the same as an unknown code, so codes
/// cannot be probed. 查看完整信息 posts the purpose; the handler checks it and audits the reveal. A document that
/// carries personal data is opened the same way (查看原件 posts its purpose), never shown as a thumbnail.
/// </summary>
public sealed class DetailsModel(GetSealHandler handler, TimeProvider clock) : PolicePage
{
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
    public string PrintedBy => User.FindFirstValue("display_name") is { Length: > 0 } name && name != Actor.UserName ? $"{name}（{Actor.UserName}）" : Actor.UserName;

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

        return Show(outcome);
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
        Show(await handler.HandleAsync(Actor, sealCode, reveal, null, cancellationToken));

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
