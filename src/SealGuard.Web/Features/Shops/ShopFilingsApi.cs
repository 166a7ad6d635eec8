using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SealGuard.Core.Codes;
using SealGuard.Core.Shops;
using SealGuard.Web.Areas.Shop;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Infrastructure.Outcomes;
using SealGuard.Web.Pages;

namespace SealGuard.Web.Features.Shops;

/// <summary>
/// 刻章业备案: the shop manager drafts, uploads and submits the shop's filing, a version per re-filing; police of the
/// shop's jurisdiction list the versions awaiting decision and accept or return them; both read every version and print
/// the receipt of an accepted one. Person data travels only in request bodies and, revealed, in a no-store answer.
/// </summary>
public static class ShopFilingsApi
{
    public static RouteGroupBuilder MapShopFilingsApi(this RouteGroupBuilder api)
    {
        var own = api.MapGroup("/shops/{shopCode}/filing").WithTags("ShopFilings");
        own.MapGet("/", async (string shopCode, HttpResponse response, Actor actor, ReadShopFilingsHandler reader, CancellationToken ct) =>
            {
                PersonalDataResponses.NoStore(response);
                return ApiResults.From(await reader.OverviewAsync(actor, shopCode, ct)).Or<ForbiddenProblem, NotFoundProblem>();
            })
            .RequireAuthorization()
            .WithName("GetShopFiling").WithSummary("The shop's filing (刻章业备案): deadline (5 days from the licence date), overdue, the latest version and every version; its own shop or police of its jurisdiction");

        own.MapGet("/versions", async (string shopCode, Actor actor, ReadShopFilingsHandler reader, CancellationToken ct) =>
                ApiResults.Map(await reader.OverviewAsync(actor, shopCode, ct), o => TypedResults.Ok(o.Versions)).Or<ForbiddenProblem, NotFoundProblem>())
            .RequireAuthorization()
            .WithName("ListShopFilingVersions").WithSummary("Every version of the shop's filing, newest first, with its state, decision and return reason");

        own.MapPut("/", async (string shopCode, ShopFilingRequest request, Actor actor, ManageShopFilingHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.SaveAsync(actor, shopCode, request, [], submit: false, ct)).Or<BadRequestProblem, NotFoundProblem, ConflictProblem>())
            .RequireCapability(Capability.FileShopFiling)
            .WithName("SaveShopFilingDraft").WithSummary("The shop manager saves the draft of the next version (a new version after a decision); a person left blank keeps the previous version's; staffIds null lists all staff on the books");

        own.MapPost("/images/{kind}", async (string shopCode, string kind, IFormFile? file, Actor actor, ManageShopFilingHandler handler, CancellationToken ct) =>
            {
                if (!EnumName.TryParse<ShopFilingImageKind>(kind, out var imageKind))
                {
                    return ApiResults.Refuse<Ok<ShopFilingVersionView>>(Failure.Validation("kind", new CodeError("ShopFiling.InvalidImageKind", Messages.Get("ShopFiling.InvalidImageKind"))))
                        .Or<BadRequestProblem, NotFoundProblem, ConflictProblem>();
                }

                var content = await Uploads.ReadAsync(file, ct);
                var answer = content is null
                    ? ApiResults.Refuse<Ok<ShopFilingVersionView>>(Uploads.Missing())
                    : ApiResults.From(await handler.SaveAsync(actor, shopCode, null, [new ShopFilingUpload(imageKind, file!.FileName, content)], submit: false, ct));
                return answer.Or<BadRequestProblem, NotFoundProblem, ConflictProblem>();
            })
            .DisableAntiforgery()
            .RequireCapability(Capability.FileShopFiling)
            .WithName("UploadShopFilingImage").WithSummary("Attach the business licence (kind Licence) or the floor plan marking the security facilities (kind FloorPlan) to the draft: PNG, JPEG, BMP or TIFF, checked like every upload");

        own.MapPost("/submission", async (string shopCode, Actor actor, ManageShopFilingHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.SaveAsync(actor, shopCode, null, [], submit: true, ct)).Or<BadRequestProblem, NotFoundProblem, ConflictProblem>())
            .RequireCapability(Capability.FileShopFiling)
            .WithName("SubmitShopFiling").WithSummary("The shop manager submits the draft (both images attached) to the police of the shop's jurisdiction");

        var filings = api.MapGroup("/shop-filings").WithTags("ShopFilings");
        filings.MapGet("/", async (ShopFilingState? state, Actor actor, ReadShopFilingsHandler reader, CancellationToken ct) =>
                ApiResults.From(await reader.QueueAsync(actor, state, ct)).Or<ForbiddenProblem>())
            .RequireCapability(Capability.DecideShopFilings)
            .WithName("ListShopFilings").WithSummary("The latest submitted or decided version of each shop of the jurisdiction in a state (default Submitted: awaiting decision), oldest first, with the totals per state");

        filings.MapGet("/{id:long}", async (long id, bool? reveal, string? purpose, HttpResponse response, Actor actor, ReadShopFilingsHandler reader, CancellationToken ct) =>
            {
                PersonalDataResponses.NoStore(response);
                return ApiResults.From(await reader.VersionAsync(actor, id, reveal ?? false, purpose, ct)).Or<BadRequestProblem, ForbiddenProblem, NotFoundProblem>();
            })
            .RequireAuthorization()
            .WithName("GetShopFilingVersion").WithSummary("One version with the fields changed since the previous one; persons masked, reveal=true with a purpose shows them to police (audited)");

        filings.MapPost("/{id:long}/decision", async (long id, ShopFilingDecisionRequest request, Actor actor, DecideShopFilingHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, id, request, ct)).Or<BadRequestProblem, NotFoundProblem, ConflictProblem>())
            .RequireCapability(Capability.DecideShopFilings)
            .WithName("DecideShopFiling").WithSummary("Police of the shop's jurisdiction decide a submitted version: decision Accepted, or Returned with a reason; decided once (409 after)");

        filings.MapGet("/{id:long}/images/{kind}", async (long id, string kind, bool? thumbnail, HttpResponse response, Actor actor, ReadShopFilingsHandler reader, CancellationToken ct) =>
            {
                PersonalDataResponses.NoStore(response);
                return EnumName.TryParse<ShopFilingImageKind>(kind, out var imageKind)
                    ? ApiResults.Image(await reader.ImageAsync(actor, id, imageKind, thumbnail ?? false, ct)).Or<NotFoundProblem>()
                    : ApiResults.Refuse<ImageResult>(Failure.NotFound("ShopFiling.NotFound")).Or<NotFoundProblem>();
            })
            .RequireAuthorization()
            .WithName("GetShopFilingImage").WithSummary("A version's business licence (Licence) or floor plan (FloorPlan) as PNG; thumbnail=true for the small one");

        filings.MapGet("/{id:long}/receipt.pdf", async (long id, HttpResponse response, Actor actor, ShopFilingReceiptPdfHandler handler,
                [FromServices] IStringLocalizer<ShopText> shopText, [FromServices] IStringLocalizer<UiText> uiText, CancellationToken ct) =>
            {
                var pdf = await handler.HandleAsync(actor, id, shopText, uiText, ct);
                PersonalDataResponses.NoStore(response);
                return ApiResults.Map(pdf, file => new PdfResult(file.Content, file.FileName)).Or<ForbiddenProblem, NotFoundProblem, ConflictProblem>();
            })
            .RequireAuthorization()
            .WithName("GetShopFilingReceiptPdf").WithSummary("The shop filing receipt (刻章业备案回执) of an accepted version as an A4 PDF: shop code, version, licence, persons masked, equipment; audited for police");
        return api;
    }
}
