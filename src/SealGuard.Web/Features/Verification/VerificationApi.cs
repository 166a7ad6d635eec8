using SealGuard.Web.Infrastructure.Http;

namespace SealGuard.Web.Features.Verification;

public static class VerificationApi
{
    public const string RateLimitPolicy = "public";

    public static RouteGroupBuilder MapVerificationApi(this RouteGroupBuilder api)
    {
        api.MapGet("/public/verification", async (string? sealCode, string? orgName, VerifySealHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(sealCode, orgName, ct)).Or<BadRequestProblem>())
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicy)
            .WithTags("Public")
            .WithName("VerifySeal")
            .WithSummary("Public seal verification by seal code and organization name")
            // The rate limiter answers 429 before the handler runs, so no return type can declare it.
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return api;
    }
}
