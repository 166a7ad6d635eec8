using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Divisions;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Identity;

namespace SealGuard.Web.Pages.Account;

[EnableRateLimiting(SignInRateLimit.Name)]
public sealed class LoginModel(PasswordSignInHandler signIn, SealGuardDbContext db) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await signIn.HandleAsync(new TokenRequest(Input.UserName, Input.Password), HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        if (outcome.Value is not { User: var user, Session: var session })
        {
            // The typed password is never sent back into the form.
            Input.Password = null;
            ModelState.Remove($"{nameof(Input)}.{nameof(LoginInput.Password)}");
            ModelState.AddModelError(string.Empty, outcome.Failure!.Message);
            return Page();
        }

        var claims = TokenService.Claims(user, session).ToList();
        claims.Add(new Claim("unit", await UnitAsync(user, cancellationToken)));
        var identity = new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, "name", "role");
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : Navigation.HomeOf(user.Role));
    }

    /// <summary>The unit shown in the header: the shop's name, or the divisions of a police jurisdiction.</summary>
    private async Task<string> UnitAsync(User user, CancellationToken cancellationToken)
    {
        if (user.ShopId is { } shopId)
        {
            return await db.Shops.Where(s => s.Id == shopId).Select(s => s.Name).SingleAsync(cancellationToken);
        }

        return DivisionCatalog.Default.JurisdictionName(user.JurisdictionPrefixes);
    }

    public sealed class LoginInput
    {
        public string? UserName { get; set; }
        public string? Password { get; set; }
    }
}
