using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Infrastructure.Http;

/// <summary>
/// The pages' scripts call the API with the sign-in cookie, which a browser also sends on a forged cross-site request;
/// SameSite alone must not be the only guard. An unsafe-method API request authenticated by that cookie must carry the
/// antiforgery token (the <c>RequestVerificationToken</c> header the shared page fetch helper sends). Bearer-token
/// clients and anonymous endpoints send no cookie-borne authority, so they are not asked for one.
/// </summary>
internal sealed class CookieAntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public const string Code = "Request.Antiforgery";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (NeedsToken(http) && !await antiforgery.IsRequestValidAsync(http))
        {
            return ApiResults.Problem(Failure.Forbidden(Code));
        }

        return await next(context);
    }

    private static bool NeedsToken(HttpContext http) =>
        !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method) || HttpMethods.IsTrace(http.Request.Method))
        && http.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is null
        && http.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Ticket?.AuthenticationScheme == CookieAuthenticationDefaults.AuthenticationScheme;
}
