using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core;
using SealGuard.Core.Codes;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Reviews;

/// <summary>
/// The shop's correction of a returned filing: <c>DocumentIds</c> names materials staged beforehand
/// (<c>POST /api/v1/filings/staged-documents</c>), attached to the filing; <c>AgentPhone</c> and
/// <c>OrganizationAddress</c> replace the contact data when given. Imprints are replaced beforehand through the imprint upload.
/// </summary>
public sealed record ResubmissionRequest(IReadOnlyList<long>? DocumentIds, string? AgentPhone, string? OrganizationAddress, string? Note);

/// <summary>Resubmits a returned filing of the shop after correction; it awaits review again (<see cref="FilingReview.ResubmissionRefusal"/>).</summary>
public sealed class ResubmitFilingHandler(UnitOfWork unitOfWork, RowLocks locks, ReviewFilingHandler reviews, ClaimStagedDocumentsHandler staged, AuditTrail audit, TimeProvider clock)
{
    public async Task<Outcome<FilingReviewView>> HandleAsync(Actor actor, long filingId, ResubmissionRequest request, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.FileSeals) || actor.ShopId is null)
        {
            return Failure.Forbidden();
        }

        var errors = new ValidationErrors();
        var phone = string.IsNullOrWhiteSpace(request.AgentPhone) ? (PhoneNumber?)null : errors.Parse<PhoneNumber>("agentPhone", request.AgentPhone, PhoneNumber.TryParse);
        var address = string.IsNullOrWhiteSpace(request.OrganizationAddress) ? null : request.OrganizationAddress.Trim();
        errors.MaxLength("organizationAddress", address, FieldLimits.Address);
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        errors.MaxLength("note", note, FieldLimits.Note);
        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        var ids = (request.DocumentIds ?? []).Distinct().ToList();
        return await unitOfWork.ExecuteAsync<FilingReviewView>(async ct =>
        {
            await locks.LockFilingAsync(filingId, ct);
            var filing = await reviews.Filings(actor).SingleOrDefaultAsync(f => f.Id == filingId, ct);
            if (filing is null)
            {
                return Failure.NotFound("Filing.NotFound");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            if (filing.Resubmit(phone, address, note, actor.ToEventActor(), now) is { } refused)
            {
                return Failure.Rule(refused);
            }

            // Claimed as the intake claims them: a document named twice, or by two requests, is attached once.
            if (await staged.ClaimAsync(actor, ids, now, ct) is not { } documents)
            {
                return ClaimStagedDocumentsHandler.NotFound();
            }

            var key = filing.Id.ToString(CultureInfo.InvariantCulture);
            var division = filing.Seals[0].DivisionCode;
            foreach (var d in documents)
            {
                filing.AttachDocument(d.Kind, d.FileName, d.Format, d.Sha256, d.NormalizedSha256, d.ByteSize, d.WidthPx, d.HeightPx, actor.ToEventActor(), now);
                audit.Record(actor, "Filing.DocumentAttached", "Filing", key, detail: $"{d.Kind}:{d.Sha256}", division: division);
            }

            var corrected = string.Join(',', new[] { documents.Count > 0 ? "documents:" + documents.Count : null, phone is null ? null : "agentPhone", address is null ? null : "organizationAddress" }.OfType<string>());
            audit.Record(actor, "Filing.Resubmitted", "Filing", key, detail: corrected.Length == 0 ? null : corrected, division: division);
            return FilingReviewView.From(filing);
        }, cancellationToken);
    }
}
