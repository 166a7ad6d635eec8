using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SealGuard.Core.Divisions;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Pages;

namespace SealGuard.Web.Areas.Admin.Pages.Users;

/// <summary>
/// 用户管理: search and page the accounts (ListUsersHandler), create one (AddUserHandler) picking its shop and
/// jurisdiction from lists and typing its police unit, lock/unlock, reset password, change role, scope and unit (ManageUserHandler), link a
/// shop account to the accepted staff member who uses it (picked from the shop's list). The lists only offer choices; the handlers still
/// check the shop, the divisions and the staff link.
/// </summary>
public sealed class IndexModel(ListUsersHandler list, AddUserHandler add, ManageUserHandler manage, ListShopChoicesHandler shops, ListStaffChoicesHandler staff, Jurisdiction area,
    IStringLocalizer<UiText> text) : AdminPage
{
    public UserListPage Users { get; private set; } = new([], 0, 1, 1);

    public IReadOnlyList<ShopChoice> Shops { get; private set; } = [];

    /// <summary>Every shop's accepted staff, for the staff link of a shop account.</summary>
    public IReadOnlyList<StaffChoice> Staff { get; private set; } = [];

    /// <summary>The jurisdictions offered: the deployment area as a whole, then each of its counties.</summary>
    public IReadOnlyList<(string Prefix, string Name)> Jurisdictions { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public UserRole Role { get; set; } = UserRole.PoliceOfficer;
    [BindProperty] public string? ShopCode { get; set; }
    [BindProperty] public string? Jurisdiction { get; set; }
    [BindProperty] public string? Unit { get; set; }
    [BindProperty] public long? StaffId { get; set; }

    public bool CreateOpen { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var outcome = await add.AddAsync(Actor, new NewUser(UserName?.Trim(), DisplayName, Password, Role, ShopCode?.Trim(), Prefixes(Jurisdiction), Unit, StaffId), cancellationToken);
        if (outcome.Value is { } user)
        {
            Notice = user.UserName;
            return RedirectToPage(null, null, null, "user-" + user.UserName);
        }

        Errors.Add(outcome.Failure!);
        CreateOpen = true;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostLockAsync(string userName, CancellationToken cancellationToken) =>
        ActAsync(manage.LockAsync(Actor, userName, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostUnlockAsync(string userName, CancellationToken cancellationToken) =>
        ActAsync(manage.UnlockAsync(Actor, userName, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostResetAsync(string userName, string? newPassword, CancellationToken cancellationToken) =>
        ActAsync(manage.ResetPasswordAsync(Actor, userName, newPassword, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostAccessAsync(string userName, UserRole accessRole, string? accessShopCode, string? accessJurisdiction, string? accessUnit, CancellationToken cancellationToken) =>
        ActAsync(manage.ChangeAccessAsync(Actor, userName, accessRole, accessShopCode?.Trim(), Prefixes(accessJurisdiction), accessUnit, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostStaffAsync(string userName, long? linkStaffId, CancellationToken cancellationToken) =>
        ActAsync(manage.LinkStaffAsync(Actor, userName, linkStaffId, cancellationToken), cancellationToken);

    private static string[] Prefixes(string? text) =>
        (text ?? string.Empty).Split([';', ',', '，', '；', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private async Task<IActionResult> ActAsync(Task<Infrastructure.Outcomes.Outcome<UserAccount>> action, CancellationToken cancellationToken)
    {
        var outcome = await action;
        if (outcome.Value is { } user)
        {
            Notice = user.UserName;
            return RedirectToPage(null, null, null, "user-" + user.UserName);
        }

        Errors.AddSummary(outcome.Failure!);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public string PageUrl(int page) => Url.Page("Index", null, new { Q, PageNumber = page })!;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var named = string.IsNullOrWhiteSpace(Q) ? [] : Enum.GetValues<UserRole>().Where(r => text["Role." + r].Value.Contains(Q.Trim(), StringComparison.Ordinal)).ToList();
        Users = (await list.HandleAsync(Actor, new UserSearch(Q, named, PageNumber), cancellationToken)).Value ?? Users;
        Shops = (await shops.HandleAsync(Actor, cancellationToken)).Value ?? [];
        Staff = (await staff.HandleAsync(Actor, cancellationToken)).Value ?? [];
        Jurisdictions = [(area.Prefix, area.AreaName), .. area.Counties.Where(c => c.Name != "市辖区").Select(c => (c.Code, c.Name))];
    }
}
