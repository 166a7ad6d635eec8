using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SealGuard.Web.Infrastructure.Http;

namespace SealGuard.Web.Pages;

/// <summary>
/// The Chinese error page every page request ends on when it fails (<see cref="ErrorResponses"/> re-executes here with
/// the original status kept, whatever the method): what happened and the way back.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    /// <summary>The error pages worded by status; any other status is told as the nearest of these.</summary>
    private static readonly int[] Worded = [400, 403, 404, 405, 429, 500];

    public int Status => ErrorResponses.StatusOf(HttpContext,
        RouteData.Values["status"] is string route && int.TryParse(route, CultureInfo.InvariantCulture, out var value) ? value : null);

    /// <summary>The resource key suffix of the page's words: the status, or 500 / 400 for the unworded ones.</summary>
    public int Wording => Worded.Contains(Status) ? Status : Status >= 500 ? 500 : 400;

    /// <summary>Why exactly, when the refusal named a reason of its own (e.g. too many sign-in attempts).</summary>
    public string? Detail => ErrorResponses.CodeOf(HttpContext, Status) is var code && code != ErrorResponses.CodeFor(Status) ? SealGuard.Core.Codes.Messages.Get(code) : null;

    /// <summary>Where "home" is: the signed-in role's first page, or the public landing page.</summary>
    public string Home => Navigation.For(User) is [var first, ..] ? first.Href : "/";

    public string? RetryAfter => Status == StatusCodes.Status429TooManyRequests ? Response.Headers.RetryAfter.ToString() : null;
}
