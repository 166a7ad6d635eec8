using System.Net;
using System.Text.RegularExpressions;

namespace SealGuard.Web.Tests.Infrastructure;

/// <summary>What a signed-in page gives its scripts, read without a browser.</summary>
public static partial class CookieSession
{
    /// <summary>The antiforgery token a signed-in page gives its scripts (site.js sends it on writes).</summary>
    public static async Task<string> PageTokenAsync(this HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var match = PageToken().Match(html);
        match.Success.ShouldBeTrue("the signed-in page carries the antiforgery token for its scripts");
        return WebUtility.HtmlDecode(match.Groups["token"].Value);
    }

    [GeneratedRegex("<meta name=\"sg-antiforgery\" content=\"(?<token>[^\"]+)\"")]
    private static partial Regex PageToken();
}
