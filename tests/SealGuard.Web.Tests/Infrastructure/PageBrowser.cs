using System.Net;
using System.Text.RegularExpressions;

namespace SealGuard.Web.Tests.Infrastructure;

/// <summary>The pages as a browser without scripts uses them: a cookie sign-in, and the antiforgery token of a form.</summary>
public static partial class PageBrowser
{
    /// <summary>A client signed in through the login page with a cookie (redirects not followed).</summary>
    public static async Task<HttpClient> SignInPagesAsync(this SealGuardApp app, string userName) =>
        (await app.SignInWithCookieAsync(userName)).Client;

    /// <summary>The antiforgery token of the first form on <paramref name="html"/>.</summary>
    public static string AntiforgeryToken(string html)
    {
        var token = TokenPattern().Match(html).Groups["token"].Value;
        token.ShouldNotBeNullOrEmpty();
        return WebUtility.HtmlDecode(token);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex TokenPattern();
}
