using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SealGuard.Core;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Infrastructure.Outcomes;
using SealGuard.Web.Pages;

namespace SealGuard.Web.Areas.Shop.Pages.Staff;

/// <summary>One staff registration of the own shop: state, the police's return reason, history; the manager corrects a returned one or deregisters.</summary>
public sealed class DetailsModel(GetStaffHandler get, ManageStaffHandler manage, TimeProvider clock) : PageModel
{
    [BindProperty] public DateOnly? On { get; set; }
    [BindProperty] public string? Reason { get; set; }

    /// <summary>Set after the redirect that follows a registration or correction, so the page says it awaits the police.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Submitted { get; set; }

    public StaffMemberView Staff { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public FormErrors Errors { get; } = new();

    public DateOnly Today => ChinaTime.Today(clock);

    private Actor Actor => Actor.FromPrincipal(User, HttpContext.Connection.RemoteIpAddress?.ToString());

    public Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostDeregisterAsync(long id, CancellationToken cancellationToken)
    {
        if (DayModelBinderProvider.AnyInvalid(ModelState))
        {
            return await ShowAsync(id, cancellationToken);
        }

        var outcome = await manage.DeregisterAsync(Actor, id, new StaffDeregistrationRequest(On, Reason), cancellationToken);
        if (outcome.IsSuccess)
        {
            return RedirectToPage(new { id });
        }

        switch (outcome.Failure!.Kind)
        {
            case FailureKind.NotFound: return NotFound();
            case FailureKind.Forbidden: return Forbid();
        }

        Errors.Add(outcome.Failure);
        return await ShowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(long id, CancellationToken cancellationToken)
    {
        if ((await get.HandleAsync(Actor, id, reveal: false, purpose: null, cancellationToken)).Value is not { } staff)
        {
            return NotFound();
        }

        Staff = staff;
        CanManage = Actor.Can(Capability.ManageStaff);
        return Page();
    }
}
