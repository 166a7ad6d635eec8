using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core;
using SealGuard.Core.Divisions;
using SealGuard.Core.Filings;
using SealGuard.Core.Shops;
using SealGuard.Core.Synthetic;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Alerts;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Infrastructure.Outcomes;
using SealGuard.Web.Seeding.Synthetic;

namespace SealGuard.Web.Seeding.Demo;

/// <summary>
/// Seeds a synthetic 新乡市: shops with staff in every county-level division, each with its own accounts (a clerk and
/// one per engraver), the demo logins, and organizations with their seals over the past eighteen months. The
/// organizations go through the bulk path of the synthetic loader (the same domain methods as the handlers, the change
/// participants on every batch, each seal's imprint drawn from its face), a third of them in the demo shop's 红旗区.
/// Every date lies before today; the history names the shops' own users. Runs once: a database that has the demo shop is left alone.
/// </summary>
public sealed partial class DemoSeeder(
    IServiceProvider services,
    SealGuardDbContext db,
    FileShopHandler fileShop,
    AddUserHandler users,
    RecordPenaltyHandler penalties,
    ManageStaffHandler staffRegistrations,
    TimeProvider clock,
    ILogger<DemoSeeder> logger)
{
    public const string DemoShopCode = "410702000001";
    public const string DemoPassword = "Demo#2026";
    public const string CityCode = "410700";

    /// <summary>How far back the demo city's history reaches.</summary>
    public const int HistoryMonths = 18;

    /// <summary>The demo imprints' resolution: GA 241.3's sample resolution, enough for the 1:1 card and quick to seed.</summary>
    public const int ImprintDpi = 400;

    public static readonly IReadOnlyList<(string UserName, string Role, string Scope)> Logins =
    [
        ("shop.demo", "ShopOperator", DemoShopCode),
        ("shop.manager", "ShopManager", DemoShopCode),
        ("police.demo", "PoliceOfficer", "4107"),
        ("police.fengqiu", "PoliceOfficer", "410727"),
        ("police.admin", "PoliceAdmin", "4107"),
        ("admin.demo", "SystemAdmin", "-"),
    ];

    private const string DemoShopClerk = "shop.demo";
    private const string DemoDivision = "410702";

    private static readonly StaffRole[] ShopStaffRoles = [StaffRole.Manager, StaffRole.Operator, StaffRole.Engraver, StaffRole.Engraver];

    private static readonly string[] Counties = ["410702", "410703", "410704", "410711", "410721", "410724", "410725", "410726", "410727", "410781", "410782", "410783"];

    public async Task SeedAsync(int organizations, CancellationToken cancellationToken)
    {
        if (await db.Shops.AnyAsync(s => s.ShopCode == DemoShopCode, cancellationToken))
        {
            return;
        }

        LogSeeding(organizations);
        var data = new SyntheticData(2026);
        var shops = await SeedShopsAsync(data, cancellationToken);
        await SeedUsersAsync(shops.Single(s => s.ShopCode == DemoShopCode), cancellationToken);
        await SeedPenaltyAsync(shops, cancellationToken);
        var cast = new SyntheticCast(await SeedStaffAccountsAsync(shops, cancellationToken), ImprintDpi);
        await SeedPendingRegistrationAsync(data, cancellationToken);
        await SeedOrganizationsAsync(organizations, cast, cancellationToken);
        await ActivatorUtilities.CreateInstance<DemoSupervision>(services).SeedAsync(data, cancellationToken);
        await SeedRefusedAttemptAsync(cancellationToken);
        await SeedInspectionAsync(cancellationToken);
        await SeedReviewsAsync(cancellationToken);
        await SeedShopFilingsAsync(shops, cancellationToken);
        LogSeeded();
    }

    /// <summary>
    /// A second 公章 attempted by the demo shop for a 红旗区 organization that has one in use, as intake's refusal hands it
    /// to the alert rules (rule 1 raises its alert). The scheduled rules find the rest over the seeded history at start.
    /// </summary>
    private async Task SeedRefusedAttemptAsync(CancellationToken cancellationToken)
    {
        var held = await db.Seals.AsNoTracking()
            .Where(s => s.DivisionCode == DemoDivision && s.Type == "01" && s.Life == LifeState.InUse && s.Flow == FlowState.Delivered)
            .Join(db.Organizations, s => s.OrganizationId, o => o.Id, (s, o) => new { o.CreditCode, o.Name, o.DivisionCode })
            .OrderBy(o => o.CreditCode).FirstOrDefaultAsync(cancellationToken);
        if (held is not null)
        {
            await services.GetRequiredService<RefusalAlertsHandler>().EvaluateAsync(
                new RefusedIntake("Seal.UniqueTypeInUse", "01", DemoShopCode, held.CreditCode, held.Name, held.DivisionCode, DemoShopClerk, clock.GetUtcNow().UtcDateTime.AddHours(-3)), cancellationToken);
        }
    }

    private async Task<List<DemoShop>> SeedShopsAsync(SyntheticData data, CancellationToken cancellationToken)
    {
        var catalog = DivisionCatalog.Default;
        var result = new List<DemoShop>();
        var filedAt = clock.GetUtcNow().UtcDateTime.AddYears(-4);
        foreach (var county in Counties.Concat([DemoDivision, "410711", "410782"]))
        {
            var countyName = catalog.Find(county)!.Name;
            var staff = ShopStaffRoles.Select(role => new StaffInput(new PersonInput(data.PersonName(), data.IdNumber(county).Value, data.MobilePhone().Value), role)).ToList();
            var filed = Expect(await fileShop.HandleAsync(Actor.System, new FileShopRequest(county, data.ShopName(countyName), data.Address(catalog.FullName(county)),
                data.MobilePhone().Value, staff, filedAt), cancellationToken));
            result.Add(new DemoShop(filed.Id, filed.ShopCode, [.. filed.Staff.Zip(staff, (s, input) => (s.Id, s.Role, input.Person!.Name!))]));
        }

        return result;
    }

    /// <summary>The demo logins; the demo shop's two are linked to its accepted manager and operator, so they may work.</summary>
    private async Task SeedUsersAsync(DemoShop demoShop, CancellationToken cancellationToken)
    {
        foreach (var (userName, role, scope) in Logins)
        {
            var userRole = Enum.Parse<UserRole>(role);
            var scopeKind = RoleCapabilities.ScopeOf(userRole);
            // The person and unit a colleague would know them by (the header shows them, not the login).
            var (displayName, unit) = userName switch
            {
                "shop.demo" => ("王晓燕", null),
                "shop.manager" => ("刘建军", null),
                "police.demo" => ("张伟", "新乡市公安局治安管理支队"),
                "police.fengqiu" => ("赵磊", "封丘县公安局治安管理大队"),
                "police.admin" => ("陈静", "新乡市公安局治安管理支队"),
                _ => ("周明", (string?)"新乡市公安局科技信息化支队"),
            };
            long? staffId = userName switch
            {
                "shop.demo" => demoShop.Staff.First(s => s.Role == StaffRole.Operator).Id,
                "shop.manager" => demoShop.Staff.First(s => s.Role == StaffRole.Manager).Id,
                _ => null,
            };
            Expect(await users.AddAsync(Actor.System, new NewUser(userName, displayName, DemoPassword, userRole,
                scopeKind is ScopeKind.Shop ? scope : null, scopeKind is ScopeKind.Jurisdiction ? [scope] : [], unit, staffId), cancellationToken));
        }
    }

    /// <summary>
    /// A past 警告 against the second shop of 红旗区, recorded by police.demo, so the police console and that shop show a
    /// penalty on first start; the main demo shop stays Normal and unpenalised for the other journeys.
    /// </summary>
    private async Task SeedPenaltyAsync(List<DemoShop> shops, CancellationToken cancellationToken)
    {
        var shop = shops.First(s => s.ShopCode.StartsWith(DemoDivision, StringComparison.Ordinal) && s.ShopCode != DemoShopCode);
        var officer = await db.Users.AsNoTracking().Where(u => u.UserName == "police.demo").Select(u => new { u.Id, u.UserName }).SingleAsync(cancellationToken);
        var decidedOn = ChinaTime.Today(clock).AddDays(-45);
        Expect(await penalties.HandleAsync(new Actor(officer.Id, officer.UserName, UserRole.PoliceOfficer, null, ["4107"], null),
            new PenaltyRequest(shop.ShopCode, null, string.Create(CultureInfo.InvariantCulture, $"新公（红）行罚决字〔{decidedOn.Year}〕第001号"), nameof(PenaltyType.Warning),
                "《印铸刻字业暂行管理规则》第三条：未按规定登记承接的公章刻制业务", null, decidedOn), cancellationToken));
    }

    /// <summary>
    /// The accounts each shop's history is written under: its operator as clerk (in the demo shop the <c>shop.demo</c>
    /// login) and an account per engraver. They are not logins: their passwords are random and never shown.
    /// </summary>
    private async Task<Dictionary<long, ShopActors>> SeedStaffAccountsAsync(List<DemoShop> shops, CancellationToken cancellationToken)
    {
        var demoClerk = await db.Users.AsNoTracking().Where(u => u.UserName == DemoShopClerk).Select(u => new EventActor(u.Id, u.UserName)).SingleAsync(cancellationToken);
        var result = new Dictionary<long, ShopActors>();
        foreach (var shop in shops)
        {
            var clerk = shop.ShopCode == DemoShopCode
                ? demoClerk
                : await AddStaffAccountAsync(shop.ShopCode + ".clerk", shop.Staff.First(s => s.Role == StaffRole.Operator), shop.ShopCode, cancellationToken);
            var engravers = new Dictionary<long, EventActor>();
            foreach (var (engraver, number) in shop.Staff.Where(s => s.Role == StaffRole.Engraver).Select((s, i) => (s, i + 1)))
            {
                engravers[engraver.Id] = await AddStaffAccountAsync(string.Create(CultureInfo.InvariantCulture, $"{shop.ShopCode}.engraver{number}"), engraver, shop.ShopCode, cancellationToken);
            }

            result[shop.Id] = new ShopActors(clerk, engravers);
        }

        return result;
    }

    /// <summary>An account linked to the accepted staff member it belongs to, as every working shop account is.</summary>
    private async Task<EventActor> AddStaffAccountAsync(string userName, (long Id, StaffRole Role, string Name) staff, string shopCode, CancellationToken cancellationToken)
    {
        var password = "k" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)) + "9";
        var account = Expect(await users.AddAsync(Actor.System, new NewUser(userName, staff.Name, password, UserRole.ShopOperator, shopCode, [], StaffId: staff.Id), cancellationToken));
        return new EventActor(account.Id, account.UserName);
    }

    /// <summary>A new engraver the demo shop's manager registered last week, awaiting the police: the console's staff queue shows it.</summary>
    private async Task SeedPendingRegistrationAsync(SyntheticData data, CancellationToken cancellationToken)
    {
        var manager = await db.Users.AsNoTracking().Where(u => u.UserName == "shop.manager").SingleAsync(cancellationToken);
        var actor = new Actor(manager.Id, manager.UserName, manager.Role, manager.ShopId, [], null);
        var person = new PersonInput(data.PersonName(), data.IdNumber(DemoDivision).Value, data.MobilePhone().Value);
        Expect(await staffRegistrations.RegisterAsync(actor, DemoShopCode, new StaffRegistrationRequest(person, StaffRole.Engraver, ChinaTime.Today(clock).AddDays(-7)), cancellationToken));
    }

    /// <summary>
    /// Two bulk loads ending at today's midnight: a third of the organizations in the demo shop's division (so its
    /// terminal has work to show, some of it still in progress), the rest over the whole city.
    /// </summary>
    private async Task SeedOrganizationsAsync(int organizations, SyntheticCast cast, CancellationToken cancellationToken)
    {
        var asOf = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var local = organizations / 3;
        var loader = ActivatorUtilities.CreateInstance<SyntheticLoader>(services);
        foreach (var (count, division, seed) in new[] { (local, DemoDivision, 2026), (organizations - local, CityCode[..4], 2027) })
        {
            if (count > 0)
            {
                await loader.LoadAsync(new SyntheticLoadOptions(count, 2.2, division, seed, AsOf: asOf, HistoryMonths: HistoryMonths), TextWriter.Null, cancellationToken, cast);
            }
        }
    }

    /// <summary>
    /// 核验 on first start: police.demo has checked a few complete filings of the demo shop and returned one (seals not
    /// suspended), so the police queue and the shop's returned filings show something; through the review handler.
    /// </summary>
    private async Task SeedReviewsAsync(CancellationToken cancellationToken)
    {
        var officer = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "police.demo", cancellationToken);
        var actor = new Actor(officer.Id, officer.UserName, UserRole.PoliceOfficer, null, ["4107"], null);
        var shopId = await db.Shops.Where(s => s.ShopCode == DemoShopCode).Select(s => s.Id).SingleAsync(cancellationToken);
        var complete = await db.Filings.AsNoTracking().Where(f => f.ShopId == shopId).Where(FilingReview.Complete).OrderBy(f => f.Id).Select(f => f.Id).Take(4).ToListAsync(cancellationToken);
        var reviews = services.GetRequiredService<Features.Reviews.ReviewFilingHandler>();
        for (var i = 0; i < complete.Count; i++)
        {
            var request = i < complete.Count - 1
                ? new Features.Reviews.FilingReviewRequest(nameof(ReviewState.Checked), null, null, false)
                : new Features.Reviews.FilingReviewRequest(nameof(ReviewState.Returned), [nameof(ReturnReason.IncompleteDocuments)], "营业执照复印件不清晰，请重新扫描上传", false);
            Expect(await reviews.DecideAsync(actor, complete[i], request, cancellationToken));
        }

        // Decided the day before, not during the start-up: the demo city is a believable past.
        var decidedAt = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        var sealIds = db.Seals.Where(s => complete.Contains(s.FilingId)).Select(s => s.Id);
        await db.SealEvents.Where(e => sealIds.Contains(e.SealId) && (e.Action == SealAction.Checked || e.Action == SealAction.Returned))
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.OccurredAt, decidedAt), cancellationToken);
        await db.Filings.Where(f => complete.Contains(f.Id)).ExecuteUpdateAsync(u => u.SetProperty(f => f.ReviewedAt, decidedAt), cancellationToken);
    }

    private static T Expect<T>(Outcome<T> outcome) =>
        outcome.IsSuccess ? outcome.Value! : throw new InvalidOperationException($"Demo seeding was refused: {outcome.Failure!.Code} {outcome.Failure.Message} {string.Join("; ", outcome.Failure.Errors?.Select(e => e.Key + ": " + string.Join(",", e.Value)) ?? [])}");

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeding the synthetic demo city with {Organizations} organizations")]
    private partial void LogSeeding(int organizations);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo city seeded")]
    private partial void LogSeeded();

    private sealed record DemoShop(long Id, string ShopCode, IReadOnlyList<(long Id, StaffRole Role, string Name)> Staff);
}
