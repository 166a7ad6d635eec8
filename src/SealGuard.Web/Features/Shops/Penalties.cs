using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core;
using SealGuard.Core.Codes;
using SealGuard.Core.Shops;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Shops;

/// <summary>
/// A penalty decision to record: against the shop, or against one of its staff (<c>StaffId</c>). <c>AmountCents</c> in
/// fen; <c>SuspendedFrom</c>/<c>SuspendedTo</c> the 停业整顿 period (China days, both included).
/// </summary>
public sealed record PenaltyRequest(
    string? ShopCode,
    long? StaffId,
    string? DecisionNumber,
    string? Type,
    string? LegalBasis,
    long? AmountCents,
    DateOnly? DecidedOn,
    DateOnly? SuspendedFrom = null,
    DateOnly? SuspendedTo = null);

/// <summary>One penalty; a staff member's name is masked. <c>InForce</c>: a 停业整顿 whose period covers today.</summary>
public sealed record PenaltyView(
    long Id,
    string DecisionNumber,
    string ShopCode,
    string ShopName,
    long? StaffId,
    string? StaffName,
    PenaltyType Type,
    string LegalBasis,
    long? AmountCents,
    DateOnly DecidedOn,
    DateOnly? SuspendedFrom,
    DateOnly? SuspendedTo,
    bool InForce,
    DateTime RecordedAt,
    string RecordedBy);

/// <summary><c>Before</c> is the last page's <c>nextBefore</c>; <c>From</c>/<c>To</c> bound the decision date.</summary>
public sealed record PenaltyFilters(string? ShopCode = null, string? Type = null, DateOnly? From = null, DateOnly? To = null, long? Before = null, int? Limit = null);

public sealed record PenaltyPage(IReadOnlyList<PenaltyView> Items, long? NextBefore);

/// <summary>
/// 处罚: police record a penalty decision against a shop of their jurisdiction or one of its staff. The shop row is
/// locked first: a 停业整顿 starting today blocks the shop's intakes exactly as a suspension does.
/// </summary>
public sealed class RecordPenaltyHandler(SealGuardDbContext db, UnitOfWork unitOfWork, RowLocks locks, AuditTrail audit, PenaltyReader read, TimeProvider clock)
{
    public async Task<Outcome<PenaltyView>> HandleAsync(Actor actor, PenaltyRequest request, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.Penalise))
        {
            return Failure.Forbidden();
        }

        var errors = new ValidationErrors();
        errors.Required("shopCode", request.ShopCode);
        errors.Required("decisionNumber", request.DecisionNumber);
        errors.MaxLength("decisionNumber", request.DecisionNumber, PenaltyRule.MaxDecisionNumberLength);
        errors.Required("legalBasis", request.LegalBasis);
        errors.MaxLength("legalBasis", request.LegalBasis, PenaltyRule.MaxLegalBasisLength);
        if (!EnumName.TryParse<PenaltyType>(request.Type, out var type))
        {
            errors.Add("type", Messages.Get("Penalty.InvalidType"));
        }

        if (request.DecidedOn is null)
        {
            errors.Add("decidedOn", Messages.Get("Field.Required"));
        }

        if (request.SuspendedFrom is null != request.SuspendedTo is null)
        {
            errors.Add(request.SuspendedFrom is null ? "suspendedFrom" : "suspendedTo", Messages.Get("Penalty.PeriodRequired"));
        }

        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        var period = request.SuspendedFrom is { } from && request.SuspendedTo is { } to ? new SuspensionPeriod(from, to) : (SuspensionPeriod?)null;
        var decision = new PenaltyDecision(request.DecisionNumber!.Trim(), type, request.LegalBasis!.Trim(), request.AmountCents, request.DecidedOn!.Value, period, request.StaffId is not null);
        foreach (var (field, error) in PenaltyRule.Check(decision, ChinaTime.Today(clock)))
        {
            errors.Add(field, error);
        }

        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        return await unitOfWork.ExecuteAsync<PenaltyView>(async ct =>
        {
            var shop = await db.Shops.AsNoTracking().VisibleTo(actor).Where(s => s.ShopCode == request.ShopCode)
                .Select(s => new { s.Id, s.DivisionCode }).SingleOrDefaultAsync(ct);
            if (shop is null)
            {
                return Failure.NotFound("Shop.NotFound");
            }

            if (request.StaffId is { } staffId && !await db.ShopStaff.AnyAsync(s => s.Id == staffId && s.ShopId == shop.Id, ct))
            {
                return Failure.Validation("staffId", new CodeError("Penalty.StaffNotFound", Messages.Get("Penalty.StaffNotFound")));
            }

            if (await db.Penalties.AnyAsync(p => p.DecisionNumber == decision.DecisionNumber, ct))
            {
                return Failure.Rule(new CodeError("Penalty.DecisionNumberTaken", Messages.Get("Penalty.DecisionNumberTaken")), "decisionNumber");
            }

            await locks.LockShopAsync(shop.Id, ct);
            var penalty = new Penalty(decision, shop.Id, request.StaffId, shop.DivisionCode, actor.ToEventActor(), clock.GetUtcNow().UtcDateTime);
            db.Penalties.Add(penalty);
            await db.SaveChangesAsync(ct);
            audit.Record(actor, "Penalty.Recorded", "Penalty", penalty.Id.ToString(CultureInfo.InvariantCulture),
                detail: $"{request.ShopCode} {type} {decision.DecisionNumber}", division: shop.DivisionCode);
            return (await read.Rows(read.Scoped(actor).Where(p => p.Id == penalty.Id)).SingleAsync(ct)).ToView(clock);
        }, cancellationToken);
    }
}

/// <summary>The penalties of one's scope, newest first: police their jurisdiction's, a shop its own.</summary>
public sealed class ListPenaltiesHandler(PenaltyReader read, TimeProvider clock)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public async Task<Outcome<PenaltyPage>> HandleAsync(Actor actor, PenaltyFilters filters, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.ViewPenalties))
        {
            return Failure.Forbidden();
        }

        var errors = new ValidationErrors();
        PenaltyType? type = null;
        if (!string.IsNullOrEmpty(filters.Type))
        {
            if (EnumName.TryParse<PenaltyType>(filters.Type, out var parsed))
            {
                type = parsed;
            }
            else
            {
                errors.Add("type", Messages.Get("Penalty.InvalidType"));
            }
        }

        if (filters.From > filters.To)
        {
            errors.Add("to", Messages.Get("Audit.DateRangeReversed"));
        }

        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        var limit = Math.Clamp(filters.Limit ?? DefaultLimit, 1, MaxLimit);
        var penalties = read.Scoped(actor);
        if (!string.IsNullOrWhiteSpace(filters.ShopCode))
        {
            penalties = read.OfShop(penalties, filters.ShopCode.Trim());
        }

        if (type is { } t)
        {
            penalties = penalties.Where(p => p.Type == t);
        }

        if (filters.From is { } from)
        {
            penalties = penalties.Where(p => p.DecidedOn >= from);
        }

        if (filters.To is { } to)
        {
            penalties = penalties.Where(p => p.DecidedOn <= to);
        }

        if (filters.Before is { } before)
        {
            penalties = penalties.Where(p => p.Id < before);
        }

        var page = (await read.Rows(penalties.OrderByDescending(p => p.Id).Take(limit + 1)).ToListAsync(cancellationToken)).OrderByDescending(r => r.Penalty.Id).ToList();
        var items = page.Take(limit).Select(r => r.ToView(clock)).ToList();
        return new PenaltyPage(items, page.Count > limit ? items[^1].Id : null);
    }
}

/// <summary>One penalty of one's scope; another jurisdiction's or shop's is a 404.</summary>
public sealed class GetPenaltyHandler(PenaltyReader read, TimeProvider clock)
{
    public async Task<Outcome<PenaltyView>> HandleAsync(Actor actor, long id, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.ViewPenalties))
        {
            return Failure.Forbidden();
        }

        var row = await read.Rows(read.Scoped(actor).Where(p => p.Id == id)).SingleOrDefaultAsync(cancellationToken);
        return row is null ? Failure.NotFound("Penalty.NotFound") : row.ToView(clock);
    }
}

/// <summary>A penalty with the names it is shown with.</summary>
public sealed record PenaltyRow(Penalty Penalty, string ShopCode, string ShopName, string? StaffName)
{
    public PenaltyView ToView(TimeProvider clock)
    {
        var p = Penalty;
        var inForce = p.Suspension is { } period && period.Covers(ChinaTime.Today(clock));
        return new PenaltyView(p.Id, p.DecisionNumber, ShopCode, ShopName, p.StaffId, StaffName is null ? null : PersonNames.Mask(StaffName), p.Type, p.LegalBasis,
            p.AmountCents, p.DecidedOn, p.SuspendedFrom, p.SuspendedTo, inForce, p.RecordedAt, p.RecordedByName);
    }
}

/// <summary>The penalties an actor may read (police by the shop's division in their jurisdiction, a shop its own) and their rows.</summary>
public sealed class PenaltyReader(SealGuardDbContext db)
{
    public IQueryable<Penalty> Scoped(Actor actor)
    {
        var penalties = db.Penalties.AsNoTracking();
        return actor.ShopId is { } own
            ? penalties.Where(p => p.ShopId == own)
            : penalties.Where(JurisdictionFilter.For<Penalty>(p => p.DivisionCode, actor.Jurisdiction));
    }

    public IQueryable<Penalty> OfShop(IQueryable<Penalty> penalties, string shopCode) =>
        penalties.Where(p => db.Shops.Any(s => s.Id == p.ShopId && s.ShopCode == shopCode));

    /// <summary>Filter, order and page before this: what comes out is only read.</summary>
    public IQueryable<PenaltyRow> Rows(IQueryable<Penalty> penalties) =>
        from p in penalties
        join s in db.Shops on p.ShopId equals s.Id
        join st in db.ShopStaff on p.StaffId equals (long?)st.Id into staff
        from st in staff.DefaultIfEmpty()
        select new PenaltyRow(p, s.ShopCode, s.Name, st == null ? null : st.Person.Name);
}
