using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SealGuard.Web.Areas.Shop;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Pages;

namespace SealGuard.Web.Features.Intake;

/// <summary>Intake (受理): the order with its organization, agent, reason and seals, and the filing's documents.</summary>
public static class IntakeApi
{
    public static RouteGroupBuilder MapIntakeApi(this RouteGroupBuilder api)
    {
        var filings = api.MapGroup("/filings").WithTags("Filings");

        filings.MapPost("/", async (IntakeRequest request, Actor actor, FileIntakeHandler handler, CancellationToken ct) =>
                ApiResults.Created(await handler.HandleAsync(actor, request, ct), r => $"/api/v1/seals/{r.Seals[0].SealCode}").Or<BadRequestProblem, ForbiddenProblem, ConflictProblem>())
            .RequireCapability(Capability.FileSeals)
            .WithName("FileIntake").WithSummary("Take an order (受理): organization, agent, reason and the seals to make; allocates seal codes. 403 Staff.NotEligible when the account is not linked to accepted staff of its shop; 409 Shop.Suspended / Shop.Closed when the shop may take no intake");

        // The wizard's 下一步: the submit's own checks, nothing written.
        filings.MapPost("/validation", async (IntakeRequest request, Actor actor, FileIntakeHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.CheckAsync(actor, request, ct)).Or<ForbiddenProblem>())
            .RequireCapability(Capability.FileSeals)
            .WithName("CheckIntake").WithSummary("Run the intake's checks on an order as filled in so far, without filing it: field errors (as on submit) and the materials it needs");

        // The wizard's uploads before the filing exists: each file as it is chosen, referred to by id on submit.
        filings.MapPost("/staged-documents", async ([FromForm] string? kind, IFormFile? file, Actor actor, StageDocumentHandler handler, CancellationToken ct) =>
            {
                var content = await Uploads.ReadAsync(file, ct);
                var answer = content is null
                    ? ApiResults.Refuse<Created<StagedDocumentView>>(Uploads.Missing())
                    : ApiResults.Created(await handler.HandleAsync(actor, kind, file!.FileName, content, ct), d => $"/api/v1/filings/staged-documents/{d.Id}");
                return answer.Or<BadRequestProblem>();
            })
            .DisableAntiforgery()
            .RequireCapability(Capability.FileSeals)
            .WithName("StageFilingDocument").WithSummary("Upload a document for an intake not yet submitted (PNG, JPEG, BMP or TIFF); kept for the uploading user for 24 hours, referred to by id in documentIds");

        filings.MapGet("/staged-documents/{id:long}/thumbnail", async (long id, HttpResponse response, Actor actor, StageDocumentHandler handler, CancellationToken ct) =>
            {
                var image = await handler.ThumbnailAsync(actor, id, ct);
                PersonalDataResponses.NoStore(response);
                return ApiResults.Image(image).Or<NotFoundProblem>();
            })
            .RequireCapability(Capability.FileSeals)
            .WithName("GetStagedDocumentThumbnail").WithSummary("The thumbnail (PNG) of one of the signed-in user's staged documents");

        filings.MapDelete("/staged-documents/{id:long}", async (long id, Actor actor, StageDocumentHandler handler, CancellationToken ct) =>
                ApiResults.NoContent(await handler.RemoveAsync(actor, id, ct)).Or<NotFoundProblem>())
            .RequireCapability(Capability.FileSeals)
            .WithName("RemoveStagedDocument").WithSummary("Take back one of the signed-in user's staged documents");

        filings.MapPost("/{filingId:long}/documents", async (long filingId, [FromForm] string? kind, IFormFile? file, Actor actor, UploadDocumentHandler handler, CancellationToken ct) =>
            {
                var content = await Uploads.ReadAsync(file, ct);
                var answer = content is null
                    ? ApiResults.Refuse<Created<DocumentView>>(Uploads.Missing())
                    : ApiResults.Created(await handler.HandleAsync(actor, filingId, kind, file!.FileName, content, ct), d => $"/api/v1/filings/{filingId}/documents/{d.Id}");
                return answer.Or<BadRequestProblem>();
            })
            .DisableAntiforgery()
            .RequireCapability(Capability.FileSeals)
            .WithName("UploadFilingDocument").WithSummary("Attach a scanned document (PNG, JPEG, BMP or TIFF) to a filing");

        filings.MapGet("/{filingId:long}/receipt.pdf", async (long filingId, HttpResponse response, Actor actor, GetFilingReceiptPdfHandler handler,
                [FromServices] PublicBaseUrl publicBaseUrl, [FromServices] IStringLocalizer<ShopText> shopText, [FromServices] IStringLocalizer<UiText> uiText, CancellationToken ct) =>
            {
                var pdf = await handler.HandleAsync(actor, filingId, publicBaseUrl, shopText, uiText, ct);
                PersonalDataResponses.NoStore(response);
                return ApiResults.Map(pdf, file => new PdfResult(file.Content, file.FileName)).Or<ForbiddenProblem, NotFoundProblem>();
            })
            .RequireCapability(Capability.FileSeals)
            .WithName("GetFilingReceiptPdf").WithSummary("The filing's 备案回执 as an A4 PDF (agent and recipients masked, a verification QR code per seal); only the filing's shop, audited");

        filings.MapGet("/{filingId:long}/documents/{documentId:long}", async (long filingId, long documentId, string? purpose, HttpResponse response, Actor actor, ReadImagesHandler handler, CancellationToken ct) =>
            {
                var image = await handler.DocumentAsync(actor, filingId, documentId, purpose, ct);
                PersonalDataResponses.NoStore(response);
                return ApiResults.Image(image).Or<BadRequestProblem, ForbiddenProblem, NotFoundProblem>();
            })
            .RequireCapability(Capability.ViewSeals)
            .WithName("GetFilingDocument").WithSummary("A filing document as PNG; one that carries personal data (ID-card copies, power of attorney, other) only to police with a purpose (audited)");
        return api;
    }
}
