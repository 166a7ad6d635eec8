using SealGuard.Web.Infrastructure.Http;

namespace SealGuard.Web.Features.Identity;

public static class IdentityApi
{
    public static RouteGroupBuilder MapIdentityApi(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/token", async (TokenRequest request, HttpContext context, PasswordSignInHandler handler, TokenService tokens, CancellationToken ct) =>
            {
                var signIn = await handler.HandleAsync(request, context.Connection.RemoteIpAddress?.ToString(), ct);
                if (signIn.Value is not { } user)
                {
                    return ApiResults.Problem(signIn.Failure!);
                }

                var (token, expiresAt) = tokens.Issue(user);
                return TypedResults.Ok(new TokenResponse(token, expiresAt));
            })
            .AllowAnonymous()
            .WithTags("Auth")
            .WithName("IssueToken")
            .WithSummary("Exchange a username and password for a bearer token")
            .Produces<TokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return api;
    }
}
