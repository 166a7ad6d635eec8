using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SealGuard.Core.Filings;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Pages;

namespace SealGuard.Web.Features.Seals;

/// <summary>A filed seal's life after intake: engraving, imprint, delivery, loss and cancellation, search and reading.</summary>
public static class SealsApi
{
    public static RouteGroupBuilder MapSealsApi(this RouteGroupBuilder api)
    {
        var seals = api.MapGroup("/seals").WithTags("Seals");

        seals.MapGet("/", async ([AsParameters] SealFilters filters, HttpRequest request, Actor actor, SearchSealsHandler handler, CancellationToken ct) =>
                // An ID number in a URL ends up in browser histories, proxies and access logs: refused before anything runs.
                (request.Query.ContainsKey("idNumber")
                    ? ApiResults.Refuse<Ok<SealPage>>(SealFilters.IdNumberInUrl())
                    : ApiResults.From(await handler.HandleAsync(actor, filters.ToSearch(), ct))).Or<BadRequestProblem, ForbiddenProblem>())
            .RequireCapability(Capability.SearchSeals)
            .WithName("SearchSeals").WithSummary("Search seals in the caller's scope in a sort order (default -acceptedAt), keyset-paginated with nextCursor, with a capped total. Searching by ID number or name is POST /api/v1/seals/search; its personToken pages it here");

        seals.MapPost("/search", async (SealSearch search, HttpResponse response, Actor actor, SearchSealsHandler handler, CancellationToken ct) =>
            {
                if (!string.IsNullOrWhiteSpace(search.IdNumber) || !string.IsNullOrWhiteSpace(search.PersonName))
                {
                    PersonalDataResponses.NoStore(response);
                }

                return ApiResults.From(await handler.HandleAsync(actor, search, ct)).Or<BadRequestProblem, ForbiddenProblem>();
            })
            .RequireCapability(Capability.SearchSeals)
            .WithName("SearchSealsByBody").WithSummary("The seal search with the filters in the body, including a person's ID number or exact name with a purpose (police only, audited once); the answer's personToken repeats it by GET");

        seals.MapGet("/{sealCode}", async (string sealCode, bool? reveal, string? purpose, HttpResponse response, Actor actor, GetSealHandler handler, CancellationToken ct) =>
            {
                if (reveal == true)
                {
                    PersonalDataResponses.NoStore(response);
                }

                return ApiResults.From(await handler.HandleAsync(actor, sealCode, reveal ?? false, purpose, ct)).Or<NotFoundProblem>();
            })
            .RequireCapability(Capability.ViewSeals)
            .WithName("GetSeal").WithSummary("A seal's record with organization, shop, states, dates, imprint metadata and history; reveal=true with a purpose shows full ID numbers to police (audited)");

        seals.MapPost("/{sealCode}/engraving", async (string sealCode, EngravingRequest request, Actor actor, EngraveSealHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, sealCode, request, ct)).Or<ConflictProblem>())
            .RequireCapability(Capability.FileSeals)
            .WithName("EngraveSeal").WithSummary("Record the engraving (制作) by a staff engraver of the shop");

        seals.MapPut("/{sealCode}/imprint", async (string sealCode, IFormFile? file, Actor actor, UploadImprintHandler handler, CancellationToken ct) =>
            {
                var content = await Uploads.ReadAsync(file, ct);
                var answer = content is null
                    ? ApiResults.Refuse<Ok<ImprintView>>(Uploads.Missing())
                    : ApiResults.From(await handler.HandleAsync(actor, sealCode, file!.FileName, content, ct));
                return answer.Or<BadRequestProblem>();
            })
            .DisableAntiforgery()
            .RequireCapability(Capability.FileSeals)
            .WithName("UploadImprint").WithSummary("Upload the imprint (印模) image of an engraved seal");

        seals.MapPost("/{sealCode}/delivery", async (string sealCode, DeliveryRequest request, Actor actor, DeliverSealHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, sealCode, request, ct)).Or<BadRequestProblem, ConflictProblem>())
            .RequireCapability(Capability.FileSeals)
            .WithName("DeliverSeal").WithSummary("Hand the seal over (交付) to a recipient");

        seals.MapGet("/{sealCode}/imprint/{rendition}", async (string sealCode, string rendition, Actor actor, ReadImagesHandler handler, CancellationToken ct) =>
                ApiResults.Image(await handler.ImprintAsync(actor, sealCode, rendition, ct)).Or<BadRequestProblem, NotFoundProblem>())
            .RequireCapability(Capability.ViewSeals)
            .WithName("GetImprintImage").WithSummary("The imprint image: Original (as uploaded), Normalized (PNG) or Thumbnail");

        seals.MapGet("/{sealCode}/imprint-card.pdf", async (string sealCode, HttpResponse response, Actor actor, ImprintCardPdfHandler handler,
                [FromServices] PublicBaseUrl publicBaseUrl, [FromServices] IStringLocalizer<UiText> text, CancellationToken ct) =>
            {
                var pdf = await handler.HandleAsync(actor, sealCode, publicBaseUrl, text, ct);
                // An internal document (内部资料): not kept by the browser or a proxy.
                PersonalDataResponses.NoStore(response);
                return ApiResults.Map(pdf, file => new PdfResult(file.Content, file.FileName)).Or<BadRequestProblem, NotFoundProblem, ConflictProblem>();
            })
            .RequireCapability(Capability.ViewSeals)
            .WithName("GetImprintCardPdf").WithSummary("The seal's 印鉴留存卡 as an A4 PDF: the imprint at 1:1 physical size (pixels ÷ DPI), code, organization, type, shop, dates, a verification QR code and an internal-use footer naming the printer; police in their jurisdiction and the seal's own shop, audited");

        MapFilingBatches(api);
        MapLifeState(seals, "loss-report", LifeState.ReportedLost, "ReportSealLost", "Report the seal lost (挂失); the body must carry the reason (note) and confirmed: true");
        MapLifeState(seals, "surrender", LifeState.Surrendered, "SurrenderSeal", "Record the seal surrendered (缴销); the body must carry the reason (note) and confirmed: true");
        MapLifeState(seals, "scrap", LifeState.Scrapped, "ScrapSeal", "Record the seal scrapped (报废); the body must carry the reason (note) and confirmed: true");
        return api;
    }

    /// <summary>The steps of the making for all seals of one filing at once (all or nothing); the answer lists each seal.</summary>
    private static void MapFilingBatches(RouteGroupBuilder api)
    {
        var filings = api.MapGroup("/seals/filings/{filingId:long}").WithTags("Seals");

        filings.MapPost("/engraving", async (long filingId, EngravingRequest request, Actor actor, FilingBatchHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.EngraveAsync(actor, filingId, request, ct)).Or<BadRequestProblem, NotFoundProblem, ConflictProblem>())
            .RequireCapability(Capability.FileSeals)
            .WithName("EngraveFilingSeals").WithSummary("Record the engraving (制作) of every seal of the filing awaiting it, by one staff engraver; all or nothing");

        filings.MapPut("/imprints", async (long filingId, HttpRequest request, Actor actor, FilingBatchHandler handler, CancellationToken ct) =>
            {
                // Multipart: one file per seal, the form field named by its seal code.
                var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
                var files = new List<ImprintFile>();
                foreach (var file in form?.Files ?? (IEnumerable<IFormFile>)[])
                {
                    files.Add(new ImprintFile(file.Name, file.FileName, (await Uploads.ReadAsync(file, ct))!));
                }

                return ApiResults.From(await handler.UploadImprintsAsync(actor, filingId, files, ct)).Or<BadRequestProblem, NotFoundProblem, ConflictProblem>();
            })
            .DisableAntiforgery()
            .Accepts<IFormFileCollection>("multipart/form-data")
            .RequireCapability(Capability.FileSeals)
            .WithName("UploadFilingImprints").WithSummary("Upload imprints (印模) for seals of the filing, one multipart file per seal named by its seal code; all or nothing");

        filings.MapPost("/delivery", async (long filingId, DeliveryRequest request, Actor actor, FilingBatchHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.DeliverAsync(actor, filingId, request, ct)).Or<BadRequestProblem, NotFoundProblem, ConflictProblem>())
            .RequireCapability(Capability.FileSeals)
            .WithName("DeliverFilingSeals").WithSummary("Hand every seal of the filing ready for delivery (交付) to one recipient; all or nothing");
    }

    private static void MapLifeState(RouteGroupBuilder seals, string route, LifeState target, string name, string summary) =>
        seals.MapPost("/{sealCode}/" + route, async (string sealCode, LifeStateRequest? request, Actor actor, ChangeLifeStateHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, sealCode, target, request ?? new LifeStateRequest(null, null), ct)).Or<BadRequestProblem, ConflictProblem>())
            .RequireCapability(Capability.ChangeSealLifeState)
            .WithName(name).WithSummary(summary);
}
