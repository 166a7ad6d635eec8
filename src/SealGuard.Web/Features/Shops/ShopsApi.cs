using System.Globalization;
using SealGuard.Core.Shops;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Http;

namespace SealGuard.Web.Features.Shops;

/// <summary>A staff member as the own shop's terminal lists them; only <see cref="StaffRules.IsEligible"/> ones may be chosen as engraver.</summary>
public sealed record StaffView(long Id, string Name, StaffRole Role, StaffState State);

public sealed record MyShopView(string ShopCode, string Name, string DivisionCode, string Address, string? Phone, IReadOnlyList<StaffView> Staff);

public static class ShopsApi
{
    public static RouteGroupBuilder MapShopsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/shops").WithTags("Shops").RequireCapability(Capability.FileSeals);
        group.MapGet("/me", async (Actor actor, ListStaffHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, ct)).Or<NotFoundProblem>())
            .WithName("GetMyShop").WithSummary("The signed-in shop user's shop with its staff");

        // Supervision: police of the shop's jurisdiction, and (reading) the shop itself.
        var supervised = api.MapGroup("/shops/{shopCode}").WithTags("Shops");
        supervised.MapGet("/state", async (string shopCode, Actor actor, GetShopStateHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, shopCode, ct)).Or<NotFoundProblem>())
            .RequireCapability(Capability.ViewPenalties)
            .WithName("GetShopState").WithSummary("The shop's state as set, its effective standing today (a 停业整顿 period suspends it) and every change, newest first");
        supervised.MapPut("/state", async (string shopCode, ShopStateRequest request, Actor actor, ChangeShopStateHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, shopCode, request, ct)).Or<BadRequestProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem>())
            .RequireCapability(Capability.SuspendShops)
            .WithName("ChangeShopState").WithSummary("Set a shop Normal, Suspended or Closed with a reason (Closed: PoliceAdmin, and final); a suspended or closed shop's intakes and seal work are refused with Shop.Suspended / Shop.Closed");

        var penalties = api.MapGroup("/penalties").WithTags("Penalties");
        penalties.MapGet("/", async ([AsParameters] PenaltyFilters filters, Actor actor, ListPenaltiesHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, filters, ct)).Or<BadRequestProblem>())
            .RequireCapability(Capability.ViewPenalties)
            .WithName("ListPenalties").WithSummary("Penalties of the caller's scope (police: jurisdiction, shop: its own), newest first, filtered by shop, type and decision date; nextBefore pages on");
        penalties.MapPost("/", async (PenaltyRequest request, Actor actor, RecordPenaltyHandler handler, CancellationToken ct) =>
                ApiResults.Created(await handler.HandleAsync(actor, request, ct), p => "/api/v1/penalties/" + p.Id.ToString(CultureInfo.InvariantCulture))
                    .Or<BadRequestProblem, NotFoundProblem, ConflictProblem>())
            .RequireCapability(Capability.Penalise)
            .WithName("RecordPenalty").WithSummary("Record a penalty decision (警告, 罚款 with amountCents, 停业整顿 with its period, …) against a shop of the jurisdiction or one of its staff");
        penalties.MapGet("/{id:long}", async (long id, Actor actor, GetPenaltyHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, id, ct)).Or<NotFoundProblem>())
            .RequireCapability(Capability.ViewPenalties)
            .WithName("GetPenalty").WithSummary("One penalty of the caller's scope");
        return api;
    }
}
