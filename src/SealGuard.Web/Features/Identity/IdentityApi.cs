using SealGuard.Web.Infrastructure.Http;

namespace SealGuard.Web.Features.Identity;

public static class IdentityApi
{
    public static RouteGroupBuilder MapIdentityApi(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/token", async (TokenRequest request, HttpContext context, PasswordSignInHandler handler, TokenService tokens, CancellationToken ct) =>
            {
                var signIn = await handler.HandleAsync(request, context.Connection.RemoteIpAddress?.ToString(), ct);
                if (signIn.Value is not { } signedIn)
                {
                    return ApiResults.Problem(signIn.Failure!);
                }

                var (token, expiresAt) = tokens.Issue(signedIn.User, signedIn.Session);
                return TypedResults.Ok(new TokenResponse(token, expiresAt));
            })
            .AllowAnonymous()
            .RequireRateLimiting(SignInRateLimit.Name)
            .WithTags("Auth")
            .WithName("IssueToken")
            .WithSummary("Exchange a username and password for a bearer token")
            .Produces<TokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapPost("/auth/logout", async (Actor actor, HttpContext context, SignOutHandler handler, CancellationToken ct) =>
            {
                var signedOut = await handler.HandleAsync(context.User, actor, ct);
                return signedOut.IsSuccess ? Results.NoContent() : ApiResults.Problem(signedOut.Failure!);
            })
            .RequireAuthorization()
            .WithTags("Auth")
            .WithName("SignOut")
            .WithSummary("End the session of this bearer token: the token is refused from now on")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return api;
    }
}
