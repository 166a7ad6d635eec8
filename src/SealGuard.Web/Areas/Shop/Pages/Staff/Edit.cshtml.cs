using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SealGuard.Core;
using SealGuard.Core.Shops;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Infrastructure.Outcomes;
using SealGuard.Web.Pages;

namespace SealGuard.Web.Areas.Shop.Pages.Staff;

/// <summary>
/// 登记从业人员 (no id) or 更正后重新提交 (a returned registration's id), by the shop manager. A correction shows the
/// police's reason and asks for the ID number and phone again: they are stored only encrypted and never shown in full.
/// </summary>
public sealed class EditModel(ListStaffHandler shop, ManageStaffHandler manage, GetStaffHandler get, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? IdNumber { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public StaffRole? Role { get; set; }
    [BindProperty] public DateOnly? StartDate { get; set; }

    public StaffMemberView? Existing { get; private set; }

    public FormErrors Errors { get; } = new();

    public DateOnly Today => ChinaTime.Today(clock);

    private Actor Actor => Actor.FromPrincipal(User, HttpContext.Connection.RemoteIpAddress?.ToString());

    public async Task<IActionResult> OnGetAsync(long? id, CancellationToken cancellationToken)
    {
        if (!Actor.Can(Capability.ManageStaff))
        {
            return Forbid();
        }

        if (id is { } staffId)
        {
            if (await LoadAsync(staffId, cancellationToken) is { } missing)
            {
                return missing;
            }

            (Name, Role, StartDate) = (Existing!.Person.Name, Existing.Role, Existing.StartDate);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long? id, CancellationToken cancellationToken)
    {
        // A start date that is no day: the form again with the message under the field, and nothing registered.
        if (!DayModelBinderProvider.AnyInvalid(ModelState))
        {
            var outcome = await SaveAsync(id, cancellationToken);
            if (outcome.Value is { } saved)
            {
                return RedirectToPage("Details", new { id = saved.Id, submitted = true });
            }

            if (outcome.Failure!.Kind == FailureKind.Forbidden)
            {
                return Forbid();
            }

            Errors.Add(outcome.Failure);
        }

        if (id is { } again && await LoadAsync(again, cancellationToken) is { } gone)
        {
            return gone;
        }

        return Page();
    }

    private async Task<Outcome<StaffMemberView>> SaveAsync(long? id, CancellationToken cancellationToken)
    {
        var request = new StaffRegistrationRequest(new PersonInput(Name, IdNumber, Phone), Role, StartDate);
        if (id is { } staffId)
        {
            return await manage.CorrectAsync(Actor, staffId, request, cancellationToken);
        }

        var mine = (await shop.HandleAsync(Actor, cancellationToken)).Value;
        return mine is null ? Failure.NotFound("Shop.NotFound") : await manage.RegisterAsync(Actor, mine.ShopCode, request, cancellationToken);
    }

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        Existing = (await get.HandleAsync(Actor, id, reveal: false, purpose: null, cancellationToken)).Value;
        return Existing is null ? NotFound() : null;
    }
}
