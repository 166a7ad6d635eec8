using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SealGuard.Web.Features.Identity;

namespace SealGuard.Web.Pages.Account;

[EnableRateLimiting(SignInRateLimit.Name)]
public sealed class LoginModel(CookieSignInHandler signIn) : PageModel
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
        if (outcome.Value is not { } signedIn)
        {
            // The typed password is never sent back into the form.
            Input.Password = null;
            ModelState.Remove($"{nameof(Input)}.{nameof(LoginInput.Password)}");
            ModelState.AddModelError(string.Empty, outcome.Failure!.Message);
            return Page();
        }

        var identity = new ClaimsIdentity(signedIn.Claims, CookieAuthenticationDefaults.AuthenticationScheme, "name", "role");
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : Navigation.HomeOf(signedIn.Role));
    }

    public sealed class LoginInput
    {
        public string? UserName { get; set; }
        public string? Password { get; set; }
    }
}
