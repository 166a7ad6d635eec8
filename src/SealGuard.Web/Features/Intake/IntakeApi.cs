using Microsoft.AspNetCore.Mvc;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Infrastructure.Http;

namespace SealGuard.Web.Features.Intake;

/// <summary>Intake (受理): the order with its organization, agent, reason and seals, and the filing's documents.</summary>
public static class IntakeApi
{
    public static RouteGroupBuilder MapIntakeApi(this RouteGroupBuilder api)
    {
        var filings = api.MapGroup("/filings").WithTags("Filings");

        filings.MapPost("/", async (IntakeRequest request, Actor actor, FileIntakeHandler handler, CancellationToken ct) =>
                ApiResults.Created(await handler.HandleAsync(actor, request, ct), r => $"/api/v1/seals/{r.Seals[0].SealCode}"))
            .RequireAuthorization(Policies.Shop)
            .WithName("FileIntake").WithSummary("Take an order (受理): organization, agent, reason and the seals to make; allocates seal codes")
            .Produces<IntakeResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        filings.MapPost("/{filingId:long}/documents", async (long filingId, [FromForm] string? kind, IFormFile? file, Actor actor, UploadDocumentHandler handler, CancellationToken ct) =>
            {
                var content = await Uploads.ReadAsync(file, ct);
                return content is null
                    ? ApiResults.Problem(Uploads.Missing())
                    : ApiResults.Created(await handler.HandleAsync(actor, filingId, kind, file!.FileName, content, ct), d => $"/api/v1/filings/{filingId}/documents/{d.Id}");
            })
            .DisableAntiforgery()
            .RequireAuthorization(Policies.Shop)
            .WithName("UploadFilingDocument").WithSummary("Attach a scanned document (PNG, JPEG, BMP or TIFF) to a filing")
            .Produces<DocumentView>(StatusCodes.Status201Created).ProducesValidationProblem();

        filings.MapGet("/{filingId:long}/documents/{documentId:long}", async (long filingId, long documentId, string? purpose, HttpResponse response, Actor actor, ReadImagesHandler handler, CancellationToken ct) =>
            {
                var image = await handler.DocumentAsync(actor, filingId, documentId, purpose, ct);
                PersonalDataResponses.NoStore(response);
                return SealsApi.Image(image);
            })
            .RequireAuthorization(Policies.ShopOrPolice)
            .WithName("GetFilingDocument").WithSummary("A filing document as PNG; one that carries personal data (ID-card copies, power of attorney, other) only to police with a purpose (audited)")
            .Produces(StatusCodes.Status200OK, contentType: "image/png").ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
