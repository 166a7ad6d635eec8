using SealGuard.Web.Infrastructure.Http;

namespace SealGuard.Web.Features.Identity;

public static class IdentityApi
{
    public static RouteGroupBuilder MapIdentityApi(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/token", async (TokenRequest request, HttpContext context, IssueTokenHandler handler, CancellationToken ct) =>
            ApiResults.From(await handler.HandleAsync(request, context.Connection.RemoteIpAddress?.ToString(), ct)))
            .AllowAnonymous()
            .WithTags("Auth")
            .WithName("IssueToken")
            .WithSummary("Exchange a username and password for a bearer token")
            .Produces<TokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return api;
    }
}
