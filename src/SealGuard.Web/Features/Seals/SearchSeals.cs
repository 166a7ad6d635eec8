using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core;
using SealGuard.Core.Codes;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Organizations;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Seals;

/// <summary>The filters a GET may carry in its query string: everything but a person's ID number.</summary>
public sealed record SealFilters(string? SealCode, string? CreditCode, string? OrgName, string? ShopCode, string? LifeState, string? Cursor, int? Limit, string? Stage = null)
{
    public SealSearch ToSearch() => new(SealCode, CreditCode, OrgName, ShopCode, LifeState, null, null, Cursor, Limit, Stage);

    /// <summary>The refusal of a GET that carries <c>idNumber</c>: code <c>Search.IdNumberInUrl</c>, pointing to the POST.</summary>
    public static Failure IdNumberInUrl() => new(FailureKind.Validation, "Search.IdNumberInUrl", Messages.Get("Search.IdNumberInUrl"),
        new Dictionary<string, string[]> { ["idNumber"] = [Messages.Get("Search.IdNumberInUrl")] });
}

/// <summary>A seal search; <see cref="IdNumber"/> and <see cref="Purpose"/> come only in a POST body.</summary>
public sealed record SealSearch(string? SealCode, string? CreditCode, string? OrgName, string? ShopCode, string? LifeState, string? IdNumber, string? Purpose, string? Cursor, int? Limit, string? Stage = null);

public sealed record SealListItem(string SealCode, string Type, string Text, string OrgName, string CreditCode, string ShopCode, string ShopName, FlowState FlowState, LifeState LifeState, DateTime AcceptedAt, DateTime? DeliveredAt);

public sealed record SealPage(IReadOnlyList<SealListItem> Items, string? NextCursor);

/// <summary>
/// Seal search within the actor's scope, newest first, keyset-paginated on the seal id (an opaque cursor), so a
/// page costs the same at any depth. Searching by a person's ID number uses the blind index and is audited.
/// </summary>
public sealed class SearchSealsHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, PersonalDataProtector protector, TimeProvider clock)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public async Task<Outcome<SealPage>> HandleAsync(Actor actor, SealSearch search, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.SearchSeals))
        {
            return Failure.Forbidden();
        }

        var errors = new ValidationErrors();
        var sealCode = string.IsNullOrWhiteSpace(search.SealCode) ? (SealCode?)null : errors.Parse<SealCode>("sealCode", search.SealCode, SealCode.TryParse);
        var creditCode = string.IsNullOrWhiteSpace(search.CreditCode) ? (CreditCode?)null : errors.Parse<CreditCode>("creditCode", search.CreditCode, CreditCode.TryParse);
        errors.MaxLength("orgName", search.OrgName, FieldLimits.OrganizationName);
        LifeState? lifeState = null;
        if (!string.IsNullOrWhiteSpace(search.LifeState))
        {
            if (EnumName.TryParse<LifeState>(search.LifeState, out var parsed))
            {
                lifeState = parsed;
            }
            else
            {
                errors.Add("lifeState", Messages.Get("Search.InvalidLifeState"));
            }
        }

        WorkStage? stage = null;
        if (!string.IsNullOrWhiteSpace(search.Stage))
        {
            if (EnumName.TryParse<WorkStage>(search.Stage, out var parsedStage))
            {
                stage = parsedStage;
            }
            else
            {
                errors.Add("stage", Messages.Get("Search.InvalidStage"));
            }
        }

        IdNumber? idNumber = null;
        if (!string.IsNullOrWhiteSpace(search.IdNumber))
        {
            if (!actor.Can(Capability.RevealPersonalData))
            {
                return Failure.Forbidden("PersonalData.RevealForbidden");
            }

            idNumber = errors.Parse<IdNumber>("idNumber", search.IdNumber, IdNumber.TryParse);
            if (RevealPurpose.Normalize(search.Purpose) is null)
            {
                errors.Add(RevealPurpose.Field, RevealPurpose.Error);
            }
        }

        var afterId = DecodeCursor(search.Cursor);
        if (search.Cursor is not null && afterId is null)
        {
            errors.Add("cursor", Messages.Get("Search.InvalidCursor"));
        }

        var limit = search.Limit ?? DefaultLimit;
        if (limit is < 1 or > MaxLimit)
        {
            errors.Add("limit", Messages.Get("Search.InvalidLimit", MaxLimit));
        }

        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        var seals = db.Seals.AsNoTracking().VisibleTo(actor);
        if (stage is { } workStage)
        {
            seals = seals.AtStage(workStage, clock.GetUtcNow().UtcDateTime);
        }

        var query = from s in seals
                    join o in db.Organizations on s.OrganizationId equals o.Id
                    join sh in db.Shops on s.ShopId equals sh.Id
                    select new { Seal = s, Org = o, Shop = sh };
        if (sealCode is { } code)
        {
            query = query.Where(x => x.Seal.SealCode == code.Value);
        }

        if (creditCode is { } credit)
        {
            query = query.Where(x => x.Org.CreditCode == credit.Value);
        }

        if (!string.IsNullOrWhiteSpace(search.OrgName))
        {
            var term = search.OrgName.Trim();
            var listed = await OrganizationNameSearch.FindFewAsync(db, term, cancellationToken);
            if (listed is null)
            {
                var matching = OrganizationNameSearch.Matching(db, term);
                query = query.Where(x => matching.Contains(x.Org.Id));
            }
            else
            {
                query = query.Where(x => listed.Contains(x.Org.Id));
            }
        }

        if (!string.IsNullOrWhiteSpace(search.ShopCode))
        {
            var shopCode = search.ShopCode.Trim();
            query = query.Where(x => x.Shop.ShopCode == shopCode);
        }

        if (lifeState is { } life)
        {
            query = query.Where(x => x.Seal.Life == life);
        }

        if (idNumber is { } id)
        {
            // The person's organizations and filings first (two index probes), so the seal query is an OR of three indexed
            // conditions the database can combine, not an OR across joins that makes it read every seal.
            var index = protector.BlindIndex(id);
            var represented = await db.Organizations.Where(o => o.LegalRepresentative.IdNumberIndex == index).Select(o => o.Id).ToListAsync(cancellationToken);
            var asAgent = await db.Filings.Where(f => f.Agent.IdNumberIndex == index).Select(f => f.Id).ToListAsync(cancellationToken);
            query = query.Where(x => represented.Contains(x.Seal.OrganizationId)
                || asAgent.Contains(x.Seal.FilingId)
                || (x.Seal.Recipient != null && x.Seal.Recipient.IdNumberIndex == index));
        }

        if (afterId is { } after)
        {
            query = query.Where(x => x.Seal.Id < after);
        }

        var page = query.OrderByDescending(x => x.Seal.Id).Take(limit + 1)
            .Select(x => new { x.Seal.Id, Item = new SealListItem(x.Seal.SealCode, x.Seal.Type, x.Seal.Text, x.Org.Name, x.Org.CreditCode, x.Shop.ShopCode, x.Shop.Name, x.Seal.Flow, x.Seal.Life, x.Seal.AcceptedAt, x.Seal.DeliveredAt) });

        async Task<Outcome<SealPage>> RunAsync(CancellationToken ct)
        {
            var rows = await page.ToListAsync(ct);
            var next = rows.Count > limit ? EncodeCursor(rows[limit - 1].Id) : null;
            return new SealPage(rows.Take(limit).Select(r => r.Item).ToList(), next);
        }

        if (idNumber is not { } searched)
        {
            return await RunAsync(cancellationToken);
        }

        return await unitOfWork.ExecuteAsync(async ct =>
        {
            audit.Record(actor, "PersonalData.Searched", "Person", searched.Masked, RevealPurpose.Normalize(search.Purpose), division: AuditScope.OfJurisdiction(actor.Jurisdiction));
            return await RunAsync(ct);
        }, cancellationToken);
    }

    private static string EncodeCursor(long id) => Base64Url.EncodeToString(Encoding.ASCII.GetBytes(id.ToString(CultureInfo.InvariantCulture)));

    private static long? DecodeCursor(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 32)
        {
            return null;
        }

        try
        {
            var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
            return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
