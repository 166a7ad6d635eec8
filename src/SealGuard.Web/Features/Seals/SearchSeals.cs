using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core;
using SealGuard.Core.Codes;
using SealGuard.Core.CodeTables;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.CodeTables;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Seals;

/// <summary>The filters a GET may carry in its query string: everything but a person's ID number or name (those travel as <see cref="PersonToken"/>).</summary>
public sealed record SealFilters(string? SealCode, string? CreditCode, string? OrgName, string? ShopCode, string? LifeState, string? Cursor, int? Limit, string? Stage = null,
    string? Type = null, string? From = null, string? To = null, string? Sort = null, string? PersonToken = null)
{
    public SealSearch ToSearch() => new(SealCode, CreditCode, OrgName, ShopCode, LifeState, null, null, Cursor, Limit, Stage, Type, From, To, Sort, null, PersonToken);

    /// <summary>The refusal of a GET that carries <c>idNumber</c>: code <c>Search.IdNumberInUrl</c>, pointing to the POST.</summary>
    public static Failure IdNumberInUrl() => new(FailureKind.Validation, "Search.IdNumberInUrl", Messages.Get("Search.IdNumberInUrl"),
        new Dictionary<string, string[]> { ["idNumber"] = [Messages.Get("Search.IdNumberInUrl")] });
}

/// <summary>
/// A seal search. <see cref="IdNumber"/>, <see cref="PersonName"/> and <see cref="Purpose"/> come only in a POST body;
/// such a search is audited and answered with a <see cref="SealPage.PersonToken"/> that repeats it (other pages, other
/// orders) without the personal data and without a new audit entry. <see cref="From"/> and <see cref="To"/> are China
/// calendar days (<c>yyyy-MM-dd</c>, both included) of the acceptance.
/// </summary>
public sealed record SealSearch(string? SealCode, string? CreditCode, string? OrgName, string? ShopCode, string? LifeState, string? IdNumber, string? Purpose, string? Cursor, int? Limit, string? Stage = null,
    string? Type = null, string? From = null, string? To = null, string? Sort = null, string? PersonName = null, string? PersonToken = null);

/// <summary>A seal as a list shows it; <c>FilingId</c> groups the seals filed together (a batch step is per filing).</summary>
public sealed record SealListItem(string SealCode, string Type, string? TypeName, string Text, string OrgName, string CreditCode, string ShopCode, string ShopName, FlowState FlowState, LifeState LifeState, DateTime AcceptedAt, DateTime? DeliveredAt, long FilingId);

/// <summary>A seal type of the code table, as the type filter offers it.</summary>
public sealed record SealTypeOption(string Code, string Name);

/// <summary>
/// One page of a search in <see cref="Sort"/> order. <see cref="Total"/> counts the whole search up to
/// <see cref="SearchSealsHandler.TotalCap"/>; <see cref="TotalIsLowerBound"/> says there are more than that (shown as
/// "超过 N 条": an exact count of a broad search at ten million seals would cost more than the page). <see cref="Person"/>
/// is the searched person, masked, when the search is by a person.
/// </summary>
public sealed record SealPage(IReadOnlyList<SealListItem> Items, string? NextCursor, int Total = 0, bool TotalIsLowerBound = false, string Sort = "-acceptedAt", string? PersonToken = null, string? Person = null);

/// <summary>
/// Seal search within the actor's scope in a chosen order (newest accepted first by default), keyset-paginated on
/// (sort column, seal id) with an opaque cursor, so a page costs the same at any depth. Searching by a person's ID
/// number (blind index) or exact name is audited once, when the search is made; its token repeats it unaudited.
/// </summary>
public sealed class SearchSealsHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, PersonalDataProtector protector, CodeTableService codeTables, PersonSearchTokens tokens, TimeProvider clock)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>Totals are exact up to this many seals; beyond, the page says "more than".</summary>
    public const int TotalCap = 1000;

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
        var lifeState = ParseEnum<LifeState>(errors, "lifeState", search.LifeState, "Search.InvalidLifeState");
        var stage = ParseEnum<WorkStage>(errors, "stage", search.Stage, "Search.InvalidStage");
        var from = ParseDay(errors, "from", search.From);
        var to = ParseDay(errors, "to", search.To);
        if (from is { } f && to is { } t && f > t)
        {
            errors.Add("to", Messages.Get("Search.InvalidDateRange"));
        }

        var typeNames = await codeTables.LoadAsync([CodeTable.SealType], cancellationToken);
        var type = string.IsNullOrWhiteSpace(search.Type) ? null : search.Type.Trim();
        if (type is not null && !typeNames.ContainsKey((CodeTable.SealType, type)))
        {
            errors.Add("type", Messages.Get("Search.InvalidSealType"));
        }

        if (!SealOrder.TryParse(search.Sort, out var order))
        {
            errors.Add("sort", Messages.Get("Search.InvalidSort"));
        }

        // The person: typed now (validated, audited below) or named by the token of an earlier, audited search.
        var typed = !string.IsNullOrWhiteSpace(search.IdNumber) || !string.IsNullOrWhiteSpace(search.PersonName);
        PersonCriteria? person = null;
        if (typed || !string.IsNullOrWhiteSpace(search.PersonToken))
        {
            if (!actor.Can(Capability.RevealPersonalData))
            {
                return Failure.Forbidden("PersonalData.RevealForbidden");
            }

            person = typed ? Typed(errors, search) : await tokens.ResolveAsync(actor, search.PersonToken!.Trim(), cancellationToken);
            if (!typed && person is null)
            {
                errors.Add("personToken", Messages.Get("Search.PersonTokenExpired"));
            }
        }

        var cursor = SealCursor.Decode(search.Cursor, order);
        if (!string.IsNullOrEmpty(search.Cursor) && cursor is null)
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

        var shownPerson = person is null ? null : string.Join(" / ", new[] { person.IdNumberMasked, person.PersonName is null ? null : PersonNames.Mask(person.PersonName) }.Where(x => x is not null));
        var seals = db.Seals.AsNoTracking().VisibleTo(actor);
        if (stage is { } workStage)
        {
            seals = seals.AtStage(workStage, clock.GetUtcNow().UtcDateTime);
        }

        if (sealCode is { } code)
        {
            seals = seals.Where(s => s.SealCode == code.Value);
        }

        if (creditCode is { } credit)
        {
            var organization = db.Organizations.Where(o => o.CreditCode == credit.Value).Select(o => o.Id);
            seals = seals.Where(s => organization.Contains(s.OrganizationId));
        }

        if (!string.IsNullOrWhiteSpace(search.OrgName))
        {
            seals = await OrganizationNameSearch.FilterAsync(db, seals, search.OrgName.Trim(), cancellationToken);
        }

        if (!string.IsNullOrWhiteSpace(search.ShopCode))
        {
            var shopCode = search.ShopCode.Trim();
            var shop = db.Shops.Where(sh => sh.ShopCode == shopCode).Select(sh => sh.Id);
            seals = seals.Where(s => shop.Contains(s.ShopId));
        }

        if (lifeState is { } life)
        {
            seals = seals.Where(s => s.Life == life);
        }

        if (type is not null)
        {
            seals = seals.Where(s => s.Type == type);
        }

        if (from is { } fromDay)
        {
            var start = ChinaTime.StartOfDayUtc(fromDay);
            seals = seals.Where(s => s.AcceptedAt >= start);
        }

        if (to is { } toDay)
        {
            var end = ChinaTime.StartOfDayUtc(toDay.AddDays(1));
            seals = seals.Where(s => s.AcceptedAt < end);
        }

        if (person?.IdNumberIndex is { } index)
        {
            // The person's organizations and filings first (two index probes), so the seal query is an OR of three indexed
            // conditions the database can combine, not an OR across joins that makes it read every seal.
            var represented = await db.Organizations.Where(o => o.LegalRepresentative.IdNumberIndex == index).Select(o => o.Id).ToListAsync(cancellationToken);
            var asAgent = await db.Filings.Where(fi => fi.Agent.IdNumberIndex == index).Select(fi => fi.Id).ToListAsync(cancellationToken);
            seals = seals.Where(s => represented.Contains(s.OrganizationId)
                || asAgent.Contains(s.FilingId)
                || (s.Recipient != null && s.Recipient.IdNumberIndex == index));
        }

        if (person?.PersonName is { } personName)
        {
            // Names are stored as typed (normalized), so an exact name is an index probe on each role, like the ID number.
            var represented = await db.Organizations.Where(o => o.LegalRepresentative.Name == personName).Select(o => o.Id).ToListAsync(cancellationToken);
            var asAgent = await db.Filings.Where(fi => fi.Agent.Name == personName).Select(fi => fi.Id).ToListAsync(cancellationToken);
            seals = seals.Where(s => represented.Contains(s.OrganizationId)
                || asAgent.Contains(s.FilingId)
                || (s.Recipient != null && s.Recipient.Name == personName));
        }

        var page = order.Apply(seals, cursor).Take(limit + 1).Select(s => new
        {
            s.Id,
            s.SealCode,
            s.Type,
            s.Text,
            s.OrganizationName,
            CreditCode = db.Organizations.Where(o => o.Id == s.OrganizationId).Select(o => o.CreditCode).First(),
            ShopCode = db.Shops.Where(sh => sh.Id == s.ShopId).Select(sh => sh.ShopCode).First(),
            ShopName = db.Shops.Where(sh => sh.Id == s.ShopId).Select(sh => sh.Name).First(),
            s.Flow,
            s.Life,
            s.AcceptedAt,
            s.DeliveredAt,
            s.FilingId,
        });

        async Task<SealPage> RunAsync(CancellationToken ct)
        {
            var total = await seals.OrderBy(s => s.Id).Take(TotalCap + 1).CountAsync(ct);
            var rows = await page.ToListAsync(ct);
            var items = rows.Take(limit).Select(r => (r.Id, Item: new SealListItem(r.SealCode, r.Type, typeNames.TryGetValue((CodeTable.SealType, r.Type), out var entry) ? entry.Name : null,
                r.Text, r.OrganizationName, r.CreditCode, r.ShopCode, r.ShopName, r.Flow, r.Life, r.AcceptedAt, r.DeliveredAt, r.FilingId))).ToList();
            var next = rows.Count > limit ? order.CursorAfter(items[^1].Id, items[^1].Item).Encode() : null;
            return new SealPage(items.Select(i => i.Item).ToList(), next, Math.Min(total, TotalCap), total > TotalCap, order.Value, search.PersonToken, shownPerson);
        }

        if (!typed)
        {
            return await RunAsync(cancellationToken);
        }

        // A search typed now: one audit entry with the purpose, and a token so that its other pages and orders are the same search.
        var result = await unitOfWork.ExecuteAsync(async ct =>
        {
            audit.Record(actor, "PersonalData.Searched", "Person", shownPerson!, person!.Purpose, division: AuditScope.OfJurisdiction(actor.Jurisdiction));
            Outcome<SealPage> answer = await RunAsync(ct);
            return answer;
        }, cancellationToken);
        if (result.Value is null)
        {
            return result;
        }

        var token = await tokens.IssueAsync(actor, person!, cancellationToken);
        return result.Value with { PersonToken = token };
    }

    /// <summary>
    /// The person typed now, checked (ID number, exact name, purpose) and reduced to what the search and its token need:
    /// the ID number's blind index and masked form, the normalized name, the trimmed purpose. Null when a field is refused.
    /// </summary>
    private PersonCriteria? Typed(ValidationErrors errors, SealSearch search)
    {
        var idNumber = string.IsNullOrWhiteSpace(search.IdNumber) ? (IdNumber?)null : errors.Parse<IdNumber>("idNumber", search.IdNumber, IdNumber.TryParse);
        var refused = !string.IsNullOrWhiteSpace(search.IdNumber) && idNumber is null;
        string? personName = null;
        if (!string.IsNullOrWhiteSpace(search.PersonName))
        {
            personName = PersonNames.TryNormalize(search.PersonName, out var normalized, out var nameError) ? normalized : null;
            if (nameError is not null)
            {
                errors.Add("personName", nameError);
                refused = true;
            }
        }

        var purpose = RevealPurpose.Normalize(search.Purpose);
        if (purpose is null)
        {
            errors.Add(RevealPurpose.Field, RevealPurpose.Error);
            refused = true;
        }

        return refused ? null : new PersonCriteria(idNumber is { } id ? protector.BlindIndex(id) : null, idNumber?.Masked, personName, purpose!);
    }

    /// <summary>The seal types the type filter offers, retired ones included (their seals are still filed), in the code table's order.</summary>
    public async Task<IReadOnlyList<SealTypeOption>> SealTypesAsync(CancellationToken cancellationToken) =>
        (await codeTables.LoadAsync([CodeTable.SealType], cancellationToken)).Values
            .OrderBy(e => e.SortOrder).ThenBy(e => e.Code, StringComparer.Ordinal)
            .Select(e => new SealTypeOption(e.Code, e.Name)).ToList();

    private static TEnum? ParseEnum<TEnum>(ValidationErrors errors, string field, string? value, string messageKey)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (EnumName.TryParse<TEnum>(value, out var parsed))
        {
            return parsed;
        }

        errors.Add(field, Messages.Get(messageKey));
        return null;
    }

    private static DateOnly? ParseDay(ValidationErrors errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add(field, Messages.Get("Search.InvalidDate"));
        return null;
    }
}
