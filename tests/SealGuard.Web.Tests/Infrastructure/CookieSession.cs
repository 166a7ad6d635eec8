using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using SealGuard.Web.Features.Demo;

namespace SealGuard.Web.Tests.Infrastructure;

/// <summary>A browser's session without the browser: signed in through the login page, holding the cookie.</summary>
public static partial class CookieSession
{
    /// <summary>
    /// Signs in through /Account/Login; the client keeps the cookie and follows no redirect.
    /// <paramref name="baseAddress"/> sets the Host header the app sees (e.g. a forged one).
    /// </summary>
    public static async Task<HttpClient> SignInWithCookieAsync(this SealGuardApp app, string userName, Uri? baseAddress = null)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = baseAddress ?? new Uri("http://localhost") });
        var login = await client.GetStringAsync("/Account/Login");
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = DemoSeeder.DemoPassword,
            ["__RequestVerificationToken"] = FormToken().Match(login).Groups["token"].Value,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the sign-in redirects to the console");
        return client;
    }

    /// <summary>The antiforgery token a signed-in page gives its scripts (site.js sends it on writes).</summary>
    public static async Task<string> PageTokenAsync(this HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var match = PageToken().Match(html);
        match.Success.ShouldBeTrue("the signed-in page carries the antiforgery token for its scripts");
        return WebUtility.HtmlDecode(match.Groups["token"].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex FormToken();

    [GeneratedRegex("<meta name=\"sg-antiforgery\" content=\"(?<token>[^\"]+)\"")]
    private static partial Regex PageToken();
}
