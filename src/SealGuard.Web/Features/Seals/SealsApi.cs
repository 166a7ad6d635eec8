using Microsoft.AspNetCore.Http.HttpResults;
using SealGuard.Core.Filings;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Http;

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

        MapLifeState(seals, "loss-report", LifeState.ReportedLost, "ReportSealLost", "Report the seal lost (挂失)");
        MapLifeState(seals, "surrender", LifeState.Surrendered, "SurrenderSeal", "Record the seal surrendered (缴销)");
        MapLifeState(seals, "scrap", LifeState.Scrapped, "ScrapSeal", "Record the seal scrapped (报废)");
        return api;
    }

    private static void MapLifeState(RouteGroupBuilder seals, string route, LifeState target, string name, string summary) =>
        seals.MapPost("/{sealCode}/" + route, async (string sealCode, LifeStateRequest? request, Actor actor, ChangeLifeStateHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, sealCode, target, request ?? new LifeStateRequest(null), ct)).Or<ConflictProblem>())
            .RequireCapability(Capability.ChangeSealLifeState)
            .WithName(name).WithSummary(summary);
}
