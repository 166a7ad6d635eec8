using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core;
using SealGuard.Core.Codes;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Reviews;

public enum ReviewDecision
{
    /// <summary>已核验.</summary>
    Checked = 1,

    /// <summary>退回, with reasons.</summary>
    Returned = 2,
}

/// <summary>An officer's decision: <c>Decision</c> Checked or Returned; a return names <c>Reasons</c> (<see cref="ReturnReason"/> names) and may suspend the seals.</summary>
public sealed record FilingReviewRequest(string? Decision, IReadOnlyList<string>? Reasons, string? Note, bool? SuspendSeals);

/// <summary>A seal of a reviewed filing: whether it is suspended and what public verification says of it.</summary>
public sealed record ReviewedSealView(string SealCode, bool Suspended, string Standing);

/// <summary>A filing's review: its state, the current return's reasons and note, and its seals.</summary>
public sealed record FilingReviewView(
    long FilingId,
    string FilingNumber,
    ReviewState State,
    bool Reviewable,
    IReadOnlyList<ReturnReason> Reasons,
    string? ReasonsText,
    string? Note,
    DateTime? ReviewedAt,
    DateTime? ResubmittedAt,
    string AgentPhone,
    string OrganizationAddress,
    IReadOnlyList<ReviewedSealView> Seals)
{
    public static FilingReviewView From(Filing filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        var phone = filing.Agent.Phone is not null && PhoneNumber.TryParse(filing.Agent.Phone, out var parsed, out _) ? parsed.Masked : string.Empty;
        return new FilingReviewView(filing.Id, filing.FilingNumber, filing.ReviewState, FilingReview.DecisionRefusal(filing) is null, filing.ReturnReasons,
            filing.ReturnReasons.Count == 0 ? null : FilingReview.Describe(filing.ReturnReasons), filing.ReviewNote, filing.ReviewedAt, filing.ResubmittedAt,
            phone, filing.OrganizationAddress,
            [.. filing.Seals.OrderBy(s => s.Id).Select(s => new ReviewedSealView(s.SealCode, s.Suspended, SealStanding.Describe(s.Flow, s.Life, s.Suspended)))]);
    }
}

/// <summary>
/// 核验 of a seal filing by police of its jurisdiction (<see cref="FilingReview"/> has the rules). The filing row is
/// locked first, so of parallel decisions on one filing exactly one is taken; the others find it no longer pending.
/// </summary>
public sealed class ReviewFilingHandler(SealGuardDbContext db, UnitOfWork unitOfWork, RowLocks locks, AuditTrail audit, TimeProvider clock)
{
    public async Task<Outcome<FilingReviewView>> GetAsync(Actor actor, long filingId, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.ViewSeals))
        {
            return Failure.Forbidden();
        }

        var filing = await Filings(actor).AsNoTracking().SingleOrDefaultAsync(f => f.Id == filingId, cancellationToken);
        return filing is null ? Failure.NotFound("Filing.NotFound") : FilingReviewView.From(filing);
    }

    public async Task<Outcome<FilingReviewView>> DecideAsync(Actor actor, long filingId, FilingReviewRequest request, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.ReviewSealFilings))
        {
            return Failure.Forbidden();
        }

        var errors = new ValidationErrors();
        var decision = default(ReviewDecision);
        if (!EnumName.TryParse(request.Decision, out decision))
        {
            errors.Add("decision", RuleViolation.Of("Review.InvalidDecision"));
        }

        var reasons = new List<ReturnReason>();
        foreach (var name in request.Reasons ?? [])
        {
            if (EnumName.TryParse<ReturnReason>(name, out var reason))
            {
                reasons.Add(reason);
            }
            else
            {
                errors.Add("reasons", RuleViolation.Of("Review.InvalidReason"));
            }
        }

        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        errors.MaxLength("note", note, FieldLimits.Note);
        if (decision == ReviewDecision.Returned && !errors.HasErrorsFor("reasons") && FilingReview.ReasonsRefusal(reasons, note) is { } reasonError)
        {
            errors.Add(reasons.Count == 0 ? "reasons" : "note", reasonError);
        }

        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        return await unitOfWork.ExecuteAsync<FilingReviewView>(async ct =>
        {
            await locks.LockFilingAsync(filingId, ct);
            var filing = await Filings(actor).SingleOrDefaultAsync(f => f.Id == filingId, ct);
            if (filing is null)
            {
                return Failure.NotFound("Filing.NotFound");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var refused = decision == ReviewDecision.Checked
                ? filing.Check(note, actor.ToEventActor(), now)
                : filing.Return(reasons, note, request.SuspendSeals == true, actor.ToEventActor(), now);
            if (refused is not null)
            {
                return Failure.Rule(refused);
            }

            var key = filing.Id.ToString(CultureInfo.InvariantCulture);
            var division = filing.Seals[0].DivisionCode;
            if (decision == ReviewDecision.Checked)
            {
                audit.Record(actor, "Filing.Checked", "Filing", key, detail: note, division: division);
            }
            else
            {
                audit.Record(actor, "Filing.Returned", "Filing", key, detail: string.Join(',', filing.ReturnReasons) + (request.SuspendSeals == true ? ";suspended" : string.Empty), division: division);
            }

            return FilingReviewView.From(filing);
        }, cancellationToken);
    }

    /// <summary>The filings the actor may see, with their seals (the review rules read them) and documents.</summary>
    internal IQueryable<Filing> Filings(Actor actor) => db.Filings.Include(f => f.Seals).Include(f => f.Documents).AsSplitQuery().VisibleTo(db, actor);
}
