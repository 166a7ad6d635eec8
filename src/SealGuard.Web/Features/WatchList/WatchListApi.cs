using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Http;

namespace SealGuard.Web.Features.WatchList;

/// <summary>关注名单 for PoliceAdmin: the ID number travels only in request bodies, never in a URL, and comes back masked.</summary>
public static class WatchListApi
{
    public static RouteGroupBuilder MapWatchListApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/watch-list").WithTags("WatchList").RequireCapability(Capability.ManageWatchList);

        group.MapGet("/", async (Actor actor, ListWatchListHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, ct)).Or())
            .WithName("ListWatchList").WithSummary("The active watch list, newest first, ID numbers masked (audited)");

        group.MapPost("/", async (WatchListRequest request, Actor actor, AddToWatchListHandler handler, CancellationToken ct) =>
                ApiResults.Created(await handler.HandleAsync(actor, request, ct), e => $"/api/v1/watch-list/{e.Id}").Or<BadRequestProblem, ConflictProblem>())
            .WithName("AddToWatchList").WithSummary("Put a person on the watch list by ID number with a reason (stored as blind index and ciphertext only)");

        group.MapPost("/{id:long}/remove", async (long id, WatchListRemoval request, Actor actor, RemoveFromWatchListHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, id, request, ct)).Or<BadRequestProblem, NotFoundProblem, ConflictProblem>())
            .WithName("RemoveFromWatchList").WithSummary("Take a person off the watch list with a reason; the entry stays as history");
        return api;
    }
}
