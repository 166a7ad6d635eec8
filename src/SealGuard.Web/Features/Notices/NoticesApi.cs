using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Http;

namespace SealGuard.Web.Features.Notices;

/// <summary>通知公告: police publish and follow the receipts; a shop reads its inbox (the first read of a notice is its receipt).</summary>
public static class NoticesApi
{
    public static RouteGroupBuilder MapNoticesApi(this RouteGroupBuilder api)
    {
        var notices = api.MapGroup("/notices").WithTags("Notices");

        notices.MapPost("/", async (NoticeRequest request, Actor actor, PublishNoticeHandler handler, CancellationToken ct) =>
                ApiResults.Created(await handler.HandleAsync(actor, request, ct), n => $"/api/v1/notices/{n.Id}").Or<BadRequestProblem, ConflictProblem>())
            .RequireCapability(Capability.PublishNotices)
            .WithName("PublishNotice").WithSummary("Publish a plain-text notice to every shop of a division prefix or to chosen shops of the jurisdiction");

        notices.MapGet("/", async (Actor actor, ListNoticesHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, ct)).Or())
            .RequireCapability(Capability.PublishNotices)
            .WithName("ListNotices").WithSummary("The notices to shops of the jurisdiction, newest first, with addressed and read counts");

        notices.MapGet("/{id:long}", async (long id, Actor actor, GetNoticeHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, id, ct)).Or<NotFoundProblem>())
            .RequireCapability(Capability.PublishNotices)
            .WithName("GetNotice").WithSummary("One notice with its read receipts: per addressed shop, the first reader and time, or unread");

        notices.MapGet("/inbox", async (Actor actor, ShopNoticesHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, ct)).Or())
            .RequireCapability(Capability.ReadNotices)
            .WithName("ListShopNotices").WithSummary("The notices addressed to the caller's shop, newest first, with the unread count");

        notices.MapGet("/inbox/{id:long}", async (long id, Actor actor, ReadNoticeHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, id, ct)).Or<NotFoundProblem>())
            .RequireCapability(Capability.ReadNotices)
            .WithName("ReadShopNotice").WithSummary("Read a notice addressed to the caller's shop; the shop's first read records its receipt (user and time)");
        return api;
    }
}
