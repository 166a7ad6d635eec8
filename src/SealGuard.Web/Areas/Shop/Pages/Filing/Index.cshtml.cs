using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SealGuard.Core.Shops;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Infrastructure.Outcomes;
using SealGuard.Web.Pages;

namespace SealGuard.Web.Areas.Shop.Pages.Filing;

/// <summary>
/// 刻章业备案 of the signed-in shop: the deadline, the latest version (the police's reason when returned), the form of the
/// next version with its two images (the manager saves a draft or submits), and every version with its receipt.
/// </summary>
public sealed class IndexModel(ReadShopFilingsHandler reader, ManageShopFilingHandler manage, ListStaffHandler shop) : PageModel
{
    [BindProperty] public string? LicenceNumber { get; set; }
    [BindProperty] public DateOnly? LicenceDate { get; set; }
    [BindProperty] public string? LegalName { get; set; }
    [BindProperty] public string? LegalIdNumber { get; set; }
    [BindProperty] public string? LegalPhone { get; set; }
    [BindProperty] public string? ManagerName { get; set; }
    [BindProperty] public string? ManagerIdNumber { get; set; }
    [BindProperty] public string? ManagerPhone { get; set; }
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public List<long> StaffIds { get; set; } = [];
    [BindProperty] public string? Equipment { get; set; }
    [BindProperty] public string? SecurityRules { get; set; }
    [BindProperty] public IFormFile? LicenceImage { get; set; }
    [BindProperty] public IFormFile? FloorPlan { get; set; }

    /// <summary>Set after the redirect that follows a save (<c>saved</c>) or a submission (<c>submitted</c>).</summary>
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public ShopFilingOverview Overview { get; private set; } = null!;

    public IReadOnlyList<StaffView> Staff { get; private set; } = [];

    public bool CanFile { get; private set; }

    public FormErrors Errors { get; } = new();

    /// <summary>The shop may write the next version: nothing is waiting for the police.</summary>
    public bool Editable => CanFile && Overview.Latest?.State != ShopFilingState.Submitted;

    private Actor Actor => Actor.FromPrincipal(User, HttpContext.Connection.RemoteIpAddress?.ToString());

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } missing)
        {
            return missing;
        }

        if (Overview.Latest is { } latest)
        {
            (LicenceNumber, LicenceDate, LegalName, ManagerName, Address, SecurityRules) =
                (latest.LicenceNumber, latest.LicenceDate, latest.LegalRepresentative.Name, latest.Manager.Name, latest.Address, latest.SecurityRules);
            StaffIds = [.. latest.Staff.Select(s => s.Id)];
            Equipment = string.Join('\n', latest.Equipment);
        }
        else
        {
            StaffIds = [.. Staff.Where(s => s.State != StaffState.Deregistered).Select(s => s.Id)];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? action, CancellationToken cancellationToken)
    {
        if ((await shop.HandleAsync(Actor, cancellationToken)).Value is not { } mine)
        {
            return NotFound();
        }

        var request = new ShopFilingRequest(LicenceNumber, LicenceDate, new PersonInput(LegalName, LegalIdNumber, LegalPhone), new PersonInput(ManagerName, ManagerIdNumber, ManagerPhone),
            Address, StaffIds, (Equipment ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), SecurityRules);
        var images = new List<ShopFilingUpload>();
        foreach (var (kind, file) in new[] { (ShopFilingImageKind.Licence, LicenceImage), (ShopFilingImageKind.FloorPlan, FloorPlan) })
        {
            if (await Uploads.ReadAsync(file, cancellationToken) is { Length: > 0 } content)
            {
                images.Add(new ShopFilingUpload(kind, file!.FileName, content));
            }
        }

        var submit = action == "submit";
        var outcome = await manage.SaveAsync(Actor, mine.ShopCode, request, images, submit, cancellationToken);
        if (outcome.IsSuccess)
        {
            return RedirectToPage(new { done = submit ? "submitted" : "saved" });
        }

        if (outcome.Failure!.Kind == FailureKind.Forbidden)
        {
            return Forbid();
        }

        // A person's name is under its form field; the handler's path names the person.
        Errors.Add(outcome.Failure);
        return await LoadAsync(cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var actor = Actor;
        if ((await shop.HandleAsync(actor, cancellationToken)).Value is not { } mine)
        {
            return NotFound();
        }

        if ((await reader.OverviewAsync(actor, mine.ShopCode, cancellationToken)).Value is not { } overview)
        {
            return NotFound();
        }

        (Overview, Staff, CanFile) = (overview, mine.Staff, actor.Can(Capability.FileShopFiling));
        return null;
    }
}
