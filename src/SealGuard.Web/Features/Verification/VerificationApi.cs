using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Infrastructure.Imaging;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Verification;

public static class VerificationApi
{
    private static Outcome<ImageContent> Png(Outcome<byte[]> png) =>
        png.Value is { } bytes ? new ImageContent(new MemoryStream(bytes), "image/png") : png.Failure!;

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
        api.MapGet("/public/verification/imprint", async (string? sealCode, string? orgName, VerifySealHandler handler, CancellationToken ct) =>
                ApiResults.Image(Png(await handler.ImprintAsync(sealCode, orgName, ct))).Or<BadRequestProblem, NotFoundProblem>())
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicy)
            .WithTags("Public")
            .WithName("VerifiedImprint")
            .WithSummary("The imprint of a Valid seal, low resolution and watermarked 仅供核验 with the date; the same query as the verification")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return api;
    }
}
