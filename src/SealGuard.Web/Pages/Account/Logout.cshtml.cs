using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SealGuard.Web.Features.Identity;

namespace SealGuard.Web.Pages.Account;

public sealed class LogoutModel(SignOutHandler signOut) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Ending the session, not only deleting the cookie: a copy of the cookie is refused from now on.
        if (User.Identity?.IsAuthenticated == true)
        {
            await signOut.HandleAsync(User, Actor.FromPrincipal(User, HttpContext.Connection.RemoteIpAddress?.ToString()), cancellationToken);
        }

        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/");
    }
}
