using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SealGuard.Core.Filings;
using SealGuard.Core.Shops;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Infrastructure.Outcomes;
using SealGuard.Web.Pages;

namespace SealGuard.Web.Areas.Shop.Pages.Seals;

/// <summary>
/// One seal of the shop: summary, sections, and the forms for the steps its state allows. Each form posts to its
/// own handler method, which calls the shared feature handler; on failure the page is shown again with the input kept.
/// </summary>
public sealed class DetailsModel(GetSealHandler getSeal, ListStaffHandler staff) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string SealCode { get; set; } = string.Empty;

    [BindProperty]
    public long? EngraverStaffId { get; set; }

    /// <summary>The batch step the work queue came for (<c>imprint</c> opens the batch imprint form).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Batch { get; set; }

    [BindProperty]
    public PersonForm Recipient { get; set; } = new();

    /// <summary>取章人同经办人: the filing's agent collects the seal (the handler takes the agent's record as filed).</summary>
    [BindProperty]
    public bool RecipientIsAgent { get; set; }

    [BindProperty]
    public string? LifeAction { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    /// <summary>The "我已核实，确认办理" box of a life change; the handler refuses the change unless it is ticked.</summary>
    [BindProperty]
    public bool Confirmed { get; set; }

    [BindProperty]
    public string? DocumentKindValue { get; set; }

    /// <summary>What the last life change did, for the message that says it (state, reason, time).</summary>
    [TempData]
    public string? LifeDoneState { get; set; }

    [TempData]
    public string? LifeDoneNote { get; set; }

    [TempData]
    public DateTime? LifeDoneAt { get; set; }

    /// <summary>The seal codes a batch step was taken for, comma-separated.</summary>
    [TempData]
    public string? BatchDone { get; set; }

    [TempData]
    public string? Done { get; set; }

    [TempData]
    public string? ImprintResult { get; set; }

    /// <summary>The size warning of the imprint just uploaded (<see cref="UploadImprintHandler.SizeWarning"/>).</summary>
    [TempData]
    public string? ImprintWarning { get; set; }

    public SealDetails Seal { get; private set; } = null!;

    public IReadOnlyList<StaffView> Engravers { get; private set; } = [];

    public FormErrors Errors { get; } = new();

    /// <summary>Which form the errors belong to, so only that one is opened and marked.</summary>
    public string? FailedForm { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostEngraveAsync([FromServices] EngraveSealHandler handler, CancellationToken cancellationToken) =>
        await AfterAsync("engrave", await handler.HandleAsync(CurrentActor(), SealCode, new EngravingRequest(EngraverStaffId), cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostImprintAsync(IFormFile? imprintFile, [FromServices] UploadImprintHandler handler, CancellationToken cancellationToken)
    {
        var content = await Uploads.ReadAsync(imprintFile, cancellationToken);
        if (content is null)
        {
            return await FailAsync("imprint", Uploads.Missing(), cancellationToken);
        }

        var outcome = await handler.HandleAsync(CurrentActor(), SealCode, imprintFile!.FileName, content, cancellationToken);
        if (outcome.Value is { } imprint)
        {
            Done = "imprint";
            ImprintResult = string.Format(CultureInfo.InvariantCulture, "{0} × {1} px · {2}", imprint.WidthPx, imprint.HeightPx,
                imprint.Dpi is { } dpi ? Math.Round(dpi).ToString(CultureInfo.InvariantCulture) + " DPI" : "DPI —");
            ImprintWarning = imprint.SizeWarning?.Message;
            return RedirectToPage(new { SealCode });
        }

        return await FailAsync("imprint", outcome.Failure!, cancellationToken);
    }

    public async Task<IActionResult> OnPostDeliverAsync([FromServices] DeliverSealHandler handler, CancellationToken cancellationToken) =>
        await AfterAsync("deliver", await handler.HandleAsync(CurrentActor(), SealCode, new DeliveryRequest(Recipient.ToInput(), RecipientIsAgent), cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostLifeAsync([FromServices] ChangeLifeStateHandler handler, CancellationToken cancellationToken)
    {
        if (!EnumName.TryParse<LifeState>(LifeAction, out var target) || SealSteps.ToLifeState(target) is null)
        {
            return await FailAsync("life", Failure.Validation("lifeAction", new Core.Codes.CodeError("Field.Required", Core.Codes.Messages.Get("Field.Required"))), cancellationToken);
        }

        var outcome = await handler.HandleAsync(CurrentActor(), SealCode, target, new LifeStateRequest(Note, Confirmed), cancellationToken);
        if (outcome.Value is { } change)
        {
            (LifeDoneState, LifeDoneNote, LifeDoneAt) = (change.LifeState.ToString(), change.Note, change.ChangedAt);
        }

        return await AfterAsync("life", outcome, cancellationToken);
    }

    /// <summary>制作 for every seal of this seal's filing awaiting it, with the engraver chosen in the form.</summary>
    public async Task<IActionResult> OnPostBatchEngraveAsync([FromServices] FilingBatchHandler handler, CancellationToken cancellationToken) =>
        await BatchAsync("engrave", (filingId, ct) => handler.EngraveAsync(CurrentActor(), filingId, new EngravingRequest(EngraverStaffId), ct), cancellationToken);

    /// <summary>交付 of every seal of this seal's filing ready for it, to the recipient typed in the form.</summary>
    public async Task<IActionResult> OnPostBatchDeliverAsync([FromServices] FilingBatchHandler handler, CancellationToken cancellationToken) =>
        await BatchAsync("deliver", (filingId, ct) => handler.DeliverAsync(CurrentActor(), filingId, new DeliveryRequest(Recipient.ToInput(), RecipientIsAgent), ct), cancellationToken);

    /// <summary>Imprints for several seals of the filing at once: one file input per seal, named <c>imprint_{sealCode}</c>.</summary>
    public async Task<IActionResult> OnPostBatchImprintAsync([FromServices] FilingBatchHandler handler, CancellationToken cancellationToken)
    {
        var files = new List<ImprintFile>();
        foreach (var file in Request.Form.Files.Where(f => f.Name.StartsWith(BatchImprintField, StringComparison.Ordinal) && f.Length > 0))
        {
            files.Add(new ImprintFile(file.Name[BatchImprintField.Length..], file.FileName, (await Uploads.ReadAsync(file, cancellationToken))!));
        }

        return await BatchAsync("imprint", (filingId, ct) => handler.UploadImprintsAsync(CurrentActor(), filingId, files, ct), cancellationToken);
    }

    public const string BatchImprintField = "imprint_";

    public async Task<IActionResult> OnPostDocumentAsync(IFormFile? documentFile, [FromServices] UploadDocumentHandler handler, CancellationToken cancellationToken)
    {
        var content = await Uploads.ReadAsync(documentFile, cancellationToken);
        if (content is null)
        {
            return await FailAsync("document", Uploads.Missing(), cancellationToken);
        }

        var loaded = await LoadAsync(cancellationToken);
        if (loaded is not null)
        {
            return loaded;
        }

        var outcome = await handler.HandleAsync(CurrentActor(), Seal.Filing.FilingId, DocumentKindValue, documentFile!.FileName, content, cancellationToken);
        return await AfterAsync("document", outcome, cancellationToken);
    }

    private async Task<IActionResult> BatchAsync(string form, Func<long, CancellationToken, Task<Outcome<FilingBatchView>>> batch, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } absent)
        {
            return absent;
        }

        var outcome = await batch(Seal.Filing.FilingId, cancellationToken);
        if (outcome.Value is not { } done)
        {
            // The engrave and deliver batches share their single-seal form (its fields); the imprint batch has its own.
            return await FailAsync(form == "imprint" ? "batch-imprint" : form, outcome.Failure!, cancellationToken);
        }

        Done = "batch-" + form;
        BatchDone = string.Join(",", done.Seals.Select(s => s.SealCode));
        ImprintWarning = string.Join(" ", done.Imprints.Where(i => i.SizeWarning is not null).Select(i => Display.SealCode(i.SealCode) + "：" + i.SizeWarning!.Message));
        return RedirectToPage(new { SealCode });
    }

    private Actor CurrentActor() => Actor.FromPrincipal(User, HttpContext.Connection.RemoteIpAddress?.ToString());

    private async Task<IActionResult> AfterAsync<T>(string form, Outcome<T> outcome, CancellationToken cancellationToken)
    {
        if (outcome.IsSuccess)
        {
            Done = form;
            return RedirectToPage(new { SealCode });
        }

        return await FailAsync(form, outcome.Failure!, cancellationToken);
    }

    private async Task<IActionResult> FailAsync(string form, Failure failure, CancellationToken cancellationToken)
    {
        if (failure.Kind == FailureKind.NotFound)
        {
            return NotFound();
        }

        FailedForm = form;
        Errors.Add(failure);
        return await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    /// <summary>Loads the seal and what its forms need; an IActionResult when the seal cannot be shown.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var actor = CurrentActor();
        var outcome = await getSeal.HandleAsync(actor, SealCode, reveal: false, purpose: null, cancellationToken);
        if (outcome.Value is not { } seal)
        {
            return outcome.Failure!.Kind == FailureKind.Forbidden ? Forbid() : NotFound();
        }

        Seal = seal;
        if (seal.AllowedActions.Contains(SealStep.Engrave) && (await staff.HandleAsync(actor, cancellationToken)).Value is { } shop)
        {
            Engravers = shop.Staff.Where(s => StaffRules.IsEligible(s.State)).OrderBy(s => s.Role == StaffRole.Engraver ? 0 : 1).ThenBy(s => s.Id).ToList();
        }

        return null;
    }

    public sealed class PersonForm
    {
        public string? Name { get; set; }
        public string? IdNumber { get; set; }
        public string? Phone { get; set; }

        public PersonInput ToInput() => new(Name, IdNumber, Phone);
    }
}
