using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Core.Supervision;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.WatchList;

public sealed record WatchListRequest(string? IdNumber, string? Reason);

public sealed record WatchListRemoval(string? Reason);

/// <summary>A watch-list entry as a PoliceAdmin recognises it: the ID number masked, never in full.</summary>
public sealed record WatchListItem(long Id, string MaskedIdNumber, string Reason, string AddedBy, DateTime AddedAt);

/// <summary>The active watch list, newest first, masked. Reading it is audited.</summary>
public sealed class ListWatchListHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, PersonalDataProtector protector)
{
    public async Task<Outcome<IReadOnlyList<WatchListItem>>> HandleAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.ManageWatchList))
        {
            return Failure.Forbidden();
        }

        return await unitOfWork.ExecuteAsync<IReadOnlyList<WatchListItem>>(async ct =>
        {
            var entries = await db.WatchList.AsNoTracking().Where(e => e.RemovedAt == null).OrderByDescending(e => e.Id).ToListAsync(ct);
            audit.Record(actor, "WatchList.Viewed", "WatchList", "list", detail: string.Create(CultureInfo.InvariantCulture, $"{entries.Count} entries"));
            return entries.Select(e => new WatchListItem(e.Id, protector.MaskedIdNumber(e.IdNumberCipher), e.Reason, e.AddedByName, e.AddedAt)).ToList();
        }, cancellationToken);
    }
}

/// <summary>Puts a person on the watch list by ID number (check character verified); a person already listed is refused.</summary>
public sealed class AddToWatchListHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, PersonalDataProtector protector, TimeProvider clock)
{
    public async Task<Outcome<WatchListItem>> HandleAsync(Actor actor, WatchListRequest request, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.ManageWatchList))
        {
            return Failure.Forbidden();
        }

        var errors = new ValidationErrors();
        var idNumber = errors.Parse<IdNumber>("idNumber", request.IdNumber, IdNumber.TryParse);
        errors.Required("reason", request.Reason);
        errors.MaxLength("reason", request.Reason, WatchListEntry.MaxReasonLength);
        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        var (index, cipher) = protector.ProtectIdNumber(idNumber!.Value);
        return await unitOfWork.ExecuteAsync<WatchListItem>(async ct =>
        {
            // A parallel add of the same person fails on the filtered unique index instead: 409 as well.
            if (await db.WatchList.AnyAsync(e => e.IdNumberIndex == index && e.RemovedAt == null, ct))
            {
                return Failure.Rule("WatchList.AlreadyListed");
            }

            var entry = new WatchListEntry(index, cipher, request.Reason!.Trim(), actor.ToEventActor(), clock.GetUtcNow().UtcDateTime);
            db.WatchList.Add(entry);
            await db.SaveChangesAsync(ct);
            audit.Record(actor, "WatchList.Added", "WatchList", entry.Id.ToString(CultureInfo.InvariantCulture), detail: entry.Reason);
            return new WatchListItem(entry.Id, idNumber.Value.Masked, entry.Reason, entry.AddedByName, entry.AddedAt);
        }, cancellationToken);
    }
}

/// <summary>Takes a person off the watch list with a reason; the entry stays as history.</summary>
public sealed class RemoveFromWatchListHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, PersonalDataProtector protector, TimeProvider clock)
{
    public async Task<Outcome<WatchListItem>> HandleAsync(Actor actor, long id, WatchListRemoval request, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.ManageWatchList))
        {
            return Failure.Forbidden();
        }

        var errors = new ValidationErrors();
        errors.Required("reason", request.Reason);
        errors.MaxLength("reason", request.Reason, WatchListEntry.MaxReasonLength);
        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        return await unitOfWork.ExecuteAsync<WatchListItem>(async ct =>
        {
            if (await db.WatchList.SingleOrDefaultAsync(e => e.Id == id, ct) is not { } entry)
            {
                return Failure.NotFound("WatchList.NotFound");
            }

            if (entry.Remove(request.Reason!.Trim(), actor.ToEventActor(), clock.GetUtcNow().UtcDateTime) is { } error)
            {
                return Failure.Rule(error);
            }

            audit.Record(actor, "WatchList.Removed", "WatchList", entry.Id.ToString(CultureInfo.InvariantCulture), detail: entry.RemovalReason);
            return new WatchListItem(entry.Id, protector.MaskedIdNumber(entry.IdNumberCipher), entry.Reason, entry.AddedByName, entry.AddedAt);
        }, cancellationToken);
    }
}
