using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SealGuard.Web.Areas.Police;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Infrastructure.Outcomes;
using SealGuard.Web.Pages;

namespace SealGuard.Web.Features.Inspections;

/// <summary>Check-list templates, inspections, rectifications and rechecks; police within their jurisdiction, a shop its own.</summary>
public static class InspectionsApi
{
    public static RouteGroupBuilder MapInspectionsApi(this RouteGroupBuilder api)
    {
        MapTemplates(api.MapGroup("/checklist-templates").WithTags("Inspections"));
        MapInspections(api.MapGroup("/inspections").WithTags("Inspections"));
        MapRectifications(api.MapGroup("/rectifications").WithTags("Inspections"));
        return api;
    }

    private static void MapTemplates(RouteGroupBuilder group)
    {
        group.MapGet("/", async (bool? all, Actor actor, ListChecklistTemplatesHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, all == true, ct)).Or<ForbiddenProblem>())
            .RequireCapability(Capability.Inspect)
            .WithName("ListChecklistTemplates").WithSummary("The check-list templates: current versions, or every version with all=true");

        group.MapGet("/{id:long}", async (long id, Actor actor, ListChecklistTemplatesHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.GetAsync(actor, id, ct)).Or<ForbiddenProblem, NotFoundProblem>())
            .RequireCapability(Capability.Inspect)
            .WithName("GetChecklistTemplate").WithSummary("One version of a check-list template with its items and their legal basis");

        group.MapPost("/", async (ChecklistTemplateRequest request, Actor actor, SaveChecklistTemplateHandler handler, CancellationToken ct) =>
                ApiResults.Created(await handler.CreateAsync(actor, request, ct), t => $"/api/v1/checklist-templates/{t.Id}").Or<BadRequestProblem, ForbiddenProblem>())
            .RequireCapability(Capability.ManageChecklists)
            .WithName("CreateChecklistTemplate").WithSummary("Create a check-list template (PoliceAdmin): a name and ordered items, each with its legal basis");

        group.MapPut("/{id:long}", async (long id, ChecklistTemplateRequest request, Actor actor, SaveChecklistTemplateHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.ReviseAsync(actor, id, request, ct)).Or<BadRequestProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem>())
            .RequireCapability(Capability.ManageChecklists)
            .WithName("ReviseChecklistTemplate").WithSummary("Edit a template's current version: in place while unused, otherwise as a new version (answered with it); inspections keep the version they used");
    }

    private static void MapInspections(RouteGroupBuilder group)
    {
        group.MapGet("/", async (string? shopCode, string? sort, bool? desc, int? page, Actor actor, ListInspectionsHandler handler, CancellationToken ct) =>
            {
                if (!EnumName.TryParse<InspectionSort>(sort ?? nameof(InspectionSort.InspectedAt), out var key))
                {
                    return ApiResults.Refuse<Ok<InspectionPage>>(Failure.Validation("sort", new(nameof(InspectionSort), Core.Codes.Messages.Get("Inspection.InvalidSort"))))
                        .Or<BadRequestProblem, ForbiddenProblem>();
                }

                return ApiResults.From(await handler.HandleAsync(actor, shopCode, key, desc ?? key == InspectionSort.InspectedAt, page ?? 1, ct)).Or<BadRequestProblem, ForbiddenProblem>();
            })
            .RequireAuthorization()
            .WithName("ListInspections").WithSummary("Inspections, newest first (sort=InspectedAt|Shop|Failed, desc): the jurisdiction's for police, the shop's own for a shop user; with the total");

        group.MapPost("/", async (InspectionRequest request, Actor actor, RecordInspectionHandler handler, CancellationToken ct) =>
                ApiResults.Created(await handler.HandleAsync(actor, request, [], ct), i => $"/api/v1/inspections/{i.Id}").Or<BadRequestProblem, ForbiddenProblem, NotFoundProblem>())
            .RequireCapability(Capability.Inspect)
            .WithName("RecordInspection").WithSummary("Record an inspection of a shop of the jurisdiction: officers, time, optional GPS location, one result per template item; failed items issue the rectification notice");

        group.MapGet("/{id:long}", async (long id, Actor actor, GetInspectionHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, id, ct)).Or<ForbiddenProblem, NotFoundProblem>())
            .RequireAuthorization()
            .WithName("GetInspection").WithSummary("One inspection with its items, legal basis, results, photos and rectification");

        group.MapPost("/{id:long}/photos", async (long id, IFormFile? file, Actor actor, AttachInspectionPhotoHandler handler, CancellationToken ct) =>
            {
                var content = await Uploads.ReadAsync(file, ct);
                var answer = content is null
                    ? ApiResults.Refuse<Created<PhotoView>>(Uploads.Missing())
                    : ApiResults.Created(await handler.HandleAsync(actor, id, new PhotoUpload(file!.FileName, content), ct), p => $"/api/v1/inspections/{id}/photos/{p.Id}");
                return answer.Or<BadRequestProblem, ForbiddenProblem, NotFoundProblem>();
            })
            .DisableAntiforgery()
            .RequireCapability(Capability.Inspect)
            .WithName("AttachInspectionPhoto").WithSummary("Add a photo (PNG, JPEG, BMP or TIFF) to an inspection; it is decoded and kept re-encoded as PNG, its EXIF (camera GPS) dropped");

        group.MapGet("/{id:long}/photos/{photoId:long}", async (long id, long photoId, bool? thumbnail, Actor actor, GetInspectionHandler handler, CancellationToken ct) =>
                ApiResults.Image(await handler.PhotoAsync(actor, id, photoId, thumbnail == true, ct)).Or<ForbiddenProblem, NotFoundProblem>())
            .RequireAuthorization()
            .WithName("GetInspectionPhoto").WithSummary("An inspection photo as PNG (thumbnail=true for the small one)");

        group.MapGet("/{id:long}/record.pdf", async (long id, HttpResponse response, Actor actor, InspectionPdfHandler handler,
                [FromServices] IStringLocalizer<PoliceText> text, [FromServices] IStringLocalizer<UiText> ui, CancellationToken ct) =>
            {
                var pdf = await handler.RecordAsync(actor, id, text, ui, ct);
                PersonalDataResponses.NoStore(response);
                return ApiResults.Map(pdf, file => new PdfResult(file.Content, file.FileName)).Or<ForbiddenProblem, NotFoundProblem>();
            })
            .RequireAuthorization()
            .WithName("GetInspectionRecordPdf").WithSummary("The inspection record (检查记录) as an A4 PDF: shop, officers, time, location, items with legal basis and result, signature lines; audited");
    }

    private static void MapRectifications(RouteGroupBuilder group)
    {
        group.MapGet("/", async (string? state, string? shopCode, Actor actor, ListRectificationsHandler handler, CancellationToken ct) =>
            {
                if (!EnumName.TryParse<RectificationFilter>(state ?? nameof(RectificationFilter.Open), out var filter))
                {
                    return ApiResults.Refuse<Ok<IReadOnlyList<RectificationSummary>>>(Failure.Validation("state", new("RectificationFilter", Core.Codes.Messages.Get("Rectification.InvalidFilter"))))
                        .Or<BadRequestProblem, ForbiddenProblem>();
                }

                return ApiResults.From(await handler.HandleAsync(actor, filter, shopCode, ct)).Or<BadRequestProblem, ForbiddenProblem>();
            })
            .RequireAuthorization()
            .WithName("ListRectifications").WithSummary("Rectification notices (state=Open|Overdue|Done|All), soonest deadline first; police their jurisdiction's, a shop its own");

        group.MapGet("/{id:long}", async (long id, Actor actor, GetRectificationHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, id, ct)).Or<ForbiddenProblem, NotFoundProblem>())
            .RequireAuthorization()
            .WithName("GetRectification").WithSummary("One rectification notice: deadline, state, items with the finding, the shop's marks and the rechecks");

        group.MapPost("/{id:long}/items/{itemId:long}/rectified", async (long id, long itemId, [FromForm] string? note, IFormFile? file, Actor actor, MarkRectificationItemHandler handler,
                CancellationToken ct) =>
            {
                var content = await Uploads.ReadAsync(file, ct);
                var photo = content is null ? null : new PhotoUpload(file!.FileName, content);
                return ApiResults.From(await handler.HandleAsync(actor, id, itemId, note, photo, ct)).Or<BadRequestProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem>();
            })
            .DisableAntiforgery()
            .RequireCapability(Capability.RespondToRectifications)
            .WithName("MarkRectificationItem").WithSummary("The shop marks an item of its open rectification as fixed, with a note and/or a photo (multipart: note, file) for the recheck");

        group.MapGet("/{id:long}/items/{itemId:long}/photo", async (long id, long itemId, bool? thumbnail, Actor actor, GetRectificationHandler handler, CancellationToken ct) =>
                ApiResults.Image(await handler.ShopPhotoAsync(actor, id, itemId, thumbnail == true, ct)).Or<ForbiddenProblem, NotFoundProblem>())
            .RequireAuthorization()
            .WithName("GetRectificationItemPhoto").WithSummary("The photo the shop attached to a rectification item, as PNG");

        group.MapPost("/{id:long}/recheck", async (long id, RecheckRequest request, Actor actor, RecheckRectificationHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, id, request, ct)).Or<BadRequestProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem>())
            .RequireCapability(Capability.Inspect)
            .WithName("RecheckRectification").WithSummary("Recheck (复查): each item rectified or not; all rectified closes it, otherwise decision Extend (newDeadline) or ProposePenalty");

        group.MapGet("/{id:long}/notice.pdf", async (long id, HttpResponse response, Actor actor, InspectionPdfHandler handler,
                [FromServices] IStringLocalizer<PoliceText> text, [FromServices] IStringLocalizer<UiText> ui, CancellationToken ct) =>
            {
                var pdf = await handler.NoticeAsync(actor, id, text, ui, ct);
                PersonalDataResponses.NoStore(response);
                return ApiResults.Map(pdf, file => new PdfResult(file.Content, file.FileName)).Or<ForbiddenProblem, NotFoundProblem>();
            })
            .RequireAuthorization()
            .WithName("GetRectificationNoticePdf").WithSummary("The rectification notice (整改通知书) as an A4 PDF: shop, deadline, failed items with legal basis, signature lines; audited");
    }
}
