using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SealGuard.Core.Filings;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Features.Reviews;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Infrastructure.Outcomes;
using SealGuard.Web.Pages;

namespace SealGuard.Web.Areas.Shop.Pages.Filings;

/// <summary>
/// 更正退回备案: the reasons of the return, a new imprint per seal (the imprint upload), a material (staged as the intake
/// stages it and attached on resubmission), the contact data; 重新提交 sends it back to review.
/// </summary>
public sealed class CorrectModel(ReviewFilingHandler reviews, ResubmitFilingHandler resubmit, StageDocumentHandler staging, UploadImprintHandler imprints) : PageModel
{
    [BindProperty(SupportsGet = true)] public long FilingId { get; set; }

    [BindProperty] public string? DocumentKind { get; set; }

    [BindProperty] public string? AgentPhone { get; set; }

    [BindProperty] public string? OrganizationAddress { get; set; }

    [BindProperty] public string? Note { get; set; }

    [BindProperty] public string? SealCode { get; set; }

    public FilingReviewView Review { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    /// <summary>"imprint" after a new imprint was stored.</summary>
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    private Actor CurrentActor() => Actor.FromPrincipal(User, HttpContext.Connection.RemoteIpAddress?.ToString());

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostImprintAsync(IFormFile? imprintFile, CancellationToken cancellationToken)
    {
        var content = await Uploads.ReadAsync(imprintFile, cancellationToken);
        var outcome = content is null
            ? Uploads.Missing()
            : (await imprints.HandleAsync(CurrentActor(), SealCode ?? string.Empty, imprintFile!.FileName, content, cancellationToken)).Failure;
        if (outcome is null)
        {
            return Redirect($"/Shop/Filings/Correct?filingId={FilingId}&done=imprint");
        }

        Errors.Add(outcome);
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostResubmitAsync(IFormFile? documentFile, CancellationToken cancellationToken)
    {
        var actor = CurrentActor();
        var ids = new List<long>();
        if (await Uploads.ReadAsync(documentFile, cancellationToken) is { } content)
        {
            var staged = await staging.HandleAsync(actor, DocumentKind, documentFile!.FileName, content, cancellationToken);
            if (staged.Value is not { } document)
            {
                Errors.Add(staged.Failure!, "document.");
                return await ShowAsync(cancellationToken);
            }

            ids.Add(document.Id);
        }

        var outcome = await resubmit.HandleAsync(actor, FilingId, new ResubmissionRequest(ids, AgentPhone, OrganizationAddress, Note), cancellationToken);
        if (outcome.Failure is { } failure)
        {
            if (failure.Kind == FailureKind.NotFound)
            {
                return NotFound();
            }

            Errors.Add(failure);
            return await ShowAsync(cancellationToken);
        }

        return Redirect("/Shop?resubmitted=" + FilingId);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        var outcome = await reviews.GetAsync(CurrentActor(), FilingId, cancellationToken);
        if (outcome.Value is not { } review)
        {
            return outcome.Failure!.Kind == FailureKind.Forbidden ? Forbid() : NotFound();
        }

        Review = review;
        return Page();
    }

    public static IReadOnlyList<DocumentKind> Kinds => Enum.GetValues<DocumentKind>();
}
