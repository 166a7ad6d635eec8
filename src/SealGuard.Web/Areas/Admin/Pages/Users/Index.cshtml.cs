using Microsoft.AspNetCore.Mvc;
using SealGuard.Web.Features.Identity;

namespace SealGuard.Web.Areas.Admin.Pages.Users;

/// <summary>用户管理: list, create (AddUserHandler), lock/unlock, reset password, change role and scope (ManageUserHandler).</summary>
public sealed class IndexModel(ListUsersHandler list, AddUserHandler add, ManageUserHandler manage) : AdminPage
{
    public IReadOnlyList<UserListItem> Users { get; private set; } = [];

    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public UserRole Role { get; set; } = UserRole.PoliceOfficer;
    [BindProperty] public string? ShopCode { get; set; }
    [BindProperty] public string? Jurisdiction { get; set; }

    public bool CreateOpen { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var outcome = await add.AddAsync(Actor, new NewUser(UserName?.Trim(), DisplayName, Password, Role, ShopCode?.Trim(), Prefixes(Jurisdiction)), cancellationToken);
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

    public Task<IActionResult> OnPostAccessAsync(string userName, UserRole accessRole, string? accessShopCode, string? accessJurisdiction, CancellationToken cancellationToken) =>
        ActAsync(manage.ChangeAccessAsync(Actor, userName, accessRole, accessShopCode?.Trim(), Prefixes(accessJurisdiction), cancellationToken), cancellationToken);

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

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Users = (await list.HandleAsync(Actor, cancellationToken)).Value ?? [];
}
