using SealGuard.Core.Shops;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Http;

namespace SealGuard.Web.Features.Shops;

/// <summary>
/// 从业人员: the shop manager registers, corrects and deregisters the shop's staff; police of the shop's jurisdiction
/// accept or return registrations; the administrator links a shop account to its staff record. Person data never
/// travels in a URL: the ID number is only in request bodies and, revealed, in a no-store answer.
/// </summary>
public static class StaffApi
{
    public static RouteGroupBuilder MapStaffApi(this RouteGroupBuilder api)
    {
        api.MapGet("/shops/{shopCode}/staff", async (string shopCode, StaffState? state, StaffRole? role, Actor actor, ListStaffRegistrationsHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, new StaffFilters(state, shopCode, null, role), ct)).Or<ForbiddenProblem>())
            .RequireAuthorization()
            .WithTags("Staff")
            .WithName("ListShopStaff").WithSummary("The staff registrations of one shop (its own shop for a shop user, a shop of the jurisdiction for police), pending first; ID numbers masked");

        api.MapPost("/shops/{shopCode}/staff", async (string shopCode, StaffRegistrationRequest request, Actor actor, ManageStaffHandler handler, CancellationToken ct) =>
                ApiResults.Created(await handler.RegisterAsync(actor, shopCode, request, ct), s => $"/api/v1/staff/{s.Id}").Or<BadRequestProblem, NotFoundProblem, ConflictProblem>())
            .RequireCapability(Capability.ManageStaff)
            .WithTags("Staff")
            .WithName("RegisterStaff").WithSummary("The shop manager registers a staff member (从业人员登记): pending until police of the shop's jurisdiction accept it");

        var staff = api.MapGroup("/staff").WithTags("Staff");

        staff.MapGet("/", async (StaffState? state, string? shopCode, string? division, StaffRole? role, Actor actor, ListStaffRegistrationsHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, new StaffFilters(state, shopCode, division, role), ct)).Or<BadRequestProblem>())
            .RequireCapability(Capability.SuperviseShops)
            .WithName("ListStaff").WithSummary("Staff registrations of the jurisdiction's shops, pending first; filter by state, shop, division (6 digits) and role; ID numbers masked");

        staff.MapGet("/{id:long}", async (long id, bool? reveal, string? purpose, HttpResponse response, Actor actor, GetStaffHandler handler, CancellationToken ct) =>
            {
                if (reveal == true)
                {
                    PersonalDataResponses.NoStore(response);
                }

                return ApiResults.From(await handler.HandleAsync(actor, id, reveal ?? false, purpose, ct)).Or<NotFoundProblem>();
            })
            .RequireAuthorization()
            .WithName("GetStaff").WithSummary("One staff registration with its history (audited); reveal=true with a purpose shows the full ID number and phone to police (audited)");

        staff.MapPut("/{id:long}", async (long id, StaffRegistrationRequest request, Actor actor, ManageStaffHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.CorrectAsync(actor, id, request, ct)).Or<BadRequestProblem, NotFoundProblem, ConflictProblem>())
            .RequireCapability(Capability.ManageStaff)
            .WithName("CorrectStaff").WithSummary("The shop manager corrects a returned registration and submits it again (pending)");

        staff.MapPost("/{id:long}/deregistration", async (long id, StaffDeregistrationRequest request, Actor actor, ManageStaffHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.DeregisterAsync(actor, id, request, ct)).Or<BadRequestProblem, NotFoundProblem, ConflictProblem>())
            .RequireCapability(Capability.ManageStaff)
            .WithName("DeregisterStaff").WithSummary("The shop manager deregisters a staff member (从业人员注销) with the date and reason; final");

        staff.MapPost("/{id:long}/acceptance", async (long id, StaffDecisionRequest request, Actor actor, DecideStaffHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, id, request, ct)).Or<BadRequestProblem, NotFoundProblem, ConflictProblem>())
            .RequireCapability(Capability.DecideStaff)
            .WithName("DecideStaff").WithSummary("Police of the shop's jurisdiction decide a pending registration: decision Accepted, or Returned with a reason; decided once (409 after)");

        api.MapPut("/users/{userName}/staff", async (string userName, StaffLinkRequest request, Actor actor, ManageUserHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.LinkStaffAsync(actor, userName, request.StaffId, ct)).Or<BadRequestProblem, NotFoundProblem, ConflictProblem>())
            .RequireCapability(Capability.AdministerUsers)
            .WithTags("Staff")
            .WithName("LinkUserStaff").WithSummary("The administrator links a shop account to a staff record of its shop (staffId null clears it); only an account linked to accepted staff takes intakes and works seals");
        return api;
    }
}

/// <summary>The staff record a shop account belongs to; null clears the link.</summary>
public sealed record StaffLinkRequest(long? StaffId);
