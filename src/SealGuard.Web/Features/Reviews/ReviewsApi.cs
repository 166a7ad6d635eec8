using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Http;

namespace SealGuard.Web.Features.Reviews;

/// <summary>核验: police check or return seal filings of their jurisdiction; shops correct and resubmit returned ones.</summary>
public static class ReviewsApi
{
    public static RouteGroupBuilder MapReviewsApi(this RouteGroupBuilder api)
    {
        var filings = api.MapGroup("/filings").WithTags("Reviews");

        filings.MapGet("/reviews", async (string? state, string? sort, int? page, Actor actor, ListReviewsHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, state, sort, page, ct)).Or<BadRequestProblem>())
            .RequireCapability(Capability.ViewSeals)
            .WithName("ListFilingReviews").WithSummary("The review queue of the caller's scope: state=Pending (complete filings awaiting review, the default)|Returned|Checked, oldest first (sort=since|-since|orgName|-orgName), 50 a page, with the totals of every state");

        filings.MapGet("/{filingId:long}/review", async (long filingId, Actor actor, ReviewFilingHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.GetAsync(actor, filingId, ct)).Or<NotFoundProblem>())
            .RequireCapability(Capability.ViewSeals)
            .WithName("GetFilingReview").WithSummary("A filing's review state, the current return's reasons and note, and its seals' standing");

        filings.MapPost("/{filingId:long}/review", async (long filingId, FilingReviewRequest request, Actor actor, ReviewFilingHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.DecideAsync(actor, filingId, request, ct)).Or<BadRequestProblem, NotFoundProblem, ConflictProblem>())
            .RequireCapability(Capability.ReviewSealFilings)
            .WithName("ReviewFiling").WithSummary("核验: decision=Checked, or Returned with reasons (IncompleteDocuments|UnclearImprint|InformationMismatch|Other, Other with a note) and suspendSeals; only a complete pending filing");

        filings.MapPost("/{filingId:long}/resubmission", async (long filingId, ResubmissionRequest request, Actor actor, ResubmitFilingHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, filingId, request, ct)).Or<BadRequestProblem, NotFoundProblem, ConflictProblem>())
            .RequireCapability(Capability.FileSeals)
            .WithName("ResubmitFiling").WithSummary("Resubmit a returned filing of the shop after correction: staged materials (documentIds), the agent's phone, the organization's address; it awaits review again");
        return api;
    }
}
