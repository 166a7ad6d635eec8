using SealGuard.Web.Infrastructure.Http;

namespace SealGuard.Web.Features.Identity;

public static class IdentityApi
{
    public static RouteGroupBuilder MapIdentityApi(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/token", async (TokenRequest request, HttpContext context, PasswordSignInHandler handler, TokenService tokens, CancellationToken ct) =>
                ApiResults.Map(await handler.HandleAsync(request, context.Connection.RemoteIpAddress?.ToString(), ct), signedIn =>
                {
                    var (token, expiresAt) = tokens.Issue(signedIn.User, signedIn.Session);
                    return TypedResults.Ok(new TokenResponse(token, expiresAt));
                }).Or<UnauthorizedProblem>())
            .AllowAnonymous()
            .RequireRateLimiting(SignInRateLimit.Name)
            .WithTags("Auth")
            .WithName("IssueToken")
            .WithSummary("Exchange a username and password for a bearer token")
            // The rate limiter answers 429 before the handler runs, so no return type can declare it.
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapPost("/auth/logout", async (Actor actor, HttpContext context, SignOutHandler handler, CancellationToken ct) =>
                ApiResults.NoContent(await handler.HandleAsync(context.User, actor, ct)).Or<UnauthorizedProblem>())
            .RequireAuthorization()
            .WithTags("Auth")
            .WithName("SignOut")
            .WithSummary("End the session of this bearer token: the token is refused from now on");
        return api;
    }
}
