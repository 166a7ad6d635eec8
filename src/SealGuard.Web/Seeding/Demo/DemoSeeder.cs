using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Divisions;
using SealGuard.Core.Filings;
using SealGuard.Core.Shops;
using SealGuard.Core.Synthetic;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Infrastructure.Imaging;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Seeding.Demo;

/// <summary>
/// Seeds a synthetic 新乡市: shops with staff in every county-level division, the demo logins, and organizations
/// whose seals went through the real filing handlers (so demo rows are exactly what real use produces), spread
/// over the past three years. Runs once: a database that has the demo shop is left alone.
/// </summary>
public sealed partial class DemoSeeder(
    IServiceProvider services,
    SealGuardDbContext db,
    FileShopHandler fileShop,
    AddUserHandler users,
    TimeProvider clock,
    ILogger<DemoSeeder> logger)
{
    public const string DemoShopCode = "410702000001";
    public const string DemoPassword = "Demo#2026";
    public const string CityCode = "410700";

    public static readonly IReadOnlyList<(string UserName, string Role, string Scope)> Logins =
    [
        ("shop.demo", "ShopOperator", DemoShopCode),
        ("shop.manager", "ShopManager", DemoShopCode),
        ("police.demo", "PoliceOfficer", "4107"),
        ("police.fengqiu", "PoliceOfficer", "410727"),
        ("police.admin", "PoliceAdmin", "4107"),
        ("admin.demo", "SystemAdmin", "-"),
    ];

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
        await SeedUsersAsync(cancellationToken);
        await SeedFilingsAsync(data, shops, organizations, cancellationToken);
        LogSeeded();
    }

    private async Task<List<DemoShop>> SeedShopsAsync(SyntheticData data, CancellationToken cancellationToken)
    {
        var catalog = DivisionCatalog.Default;
        var result = new List<DemoShop>();
        var filedAt = clock.GetUtcNow().UtcDateTime.AddYears(-4);
        foreach (var county in Counties.Concat(["410702", "410711", "410782"]))
        {
            var countyName = catalog.Find(county)!.Name;
            var filed = Expect(await fileShop.HandleAsync(Actor.System, new FileShopRequest(county, data.ShopName(countyName), data.Address(catalog.FullName(county)),
                data.MobilePhone().Value, [.. ShopStaffRoles.Select(role => new StaffInput(new PersonInput(data.PersonName(), data.IdNumber(county).Value, data.MobilePhone().Value), role))],
                filedAt), cancellationToken));
            result.Add(new DemoShop(filed.Id, filed.ShopCode, filed.DivisionCode, [.. filed.Staff.Where(s => s.Role == StaffRole.Engraver).Select(s => s.Id)]));
        }

        return result;
    }

    private async Task SeedUsersAsync(CancellationToken cancellationToken)
    {
        foreach (var (userName, role, scope) in Logins)
        {
            var userRole = Enum.Parse<UserRole>(role);
            var scopeKind = RoleCapabilities.ScopeOf(userRole);
            Expect(await users.AddAsync(Actor.System, new NewUser(userName, userName, DemoPassword, userRole,
                scopeKind is ScopeKind.Shop ? scope : null, scopeKind is ScopeKind.Jurisdiction ? [scope] : []), cancellationToken));
        }
    }

    private async Task SeedFilingsAsync(SyntheticData data, List<DemoShop> shops, int organizations, CancellationToken cancellationToken)
    {
        var random = data.Random;
        var catalog = DivisionCatalog.Default;
        // History ends a few days ago: engraving and delivery come hours after intake and must not lie in the future.
        var end = clock.GetUtcNow().AddDays(-5);
        var demoClock = new DemoClock(end.AddYears(-3));
        var step = TimeSpan.FromTicks((end - demoClock.Now).Ticks / Math.Max(organizations, 1));
        var intake = ActivatorUtilities.CreateInstance<FileIntakeHandler>(services, demoClock);
        var documents = ActivatorUtilities.CreateInstance<StageDocumentHandler>(services, demoClock);
        var engrave = ActivatorUtilities.CreateInstance<EngraveSealHandler>(services, demoClock);
        var imprint = ActivatorUtilities.CreateInstance<UploadImprintHandler>(services, demoClock);
        var deliver = ActivatorUtilities.CreateInstance<DeliverSealHandler>(services, demoClock);
        var lifeState = ActivatorUtilities.CreateInstance<ChangeLifeStateHandler>(services, demoClock);
        var documentImage = DemoImages.Document();
        var imprints = Enumerable.Range(0, 4).Select(v => PngPhysChunk.Insert(DemoImages.Imprint(v), 600, 600)).ToArray();
        var cityName = catalog.Find(CityCode)!.Name;

        for (var i = 0; i < organizations; i++)
        {
            demoClock.Now += step;
            // The demo shop takes a third of the orders so its terminal has work to show.
            var shop = i % 3 == 0 ? shops[0] : shops[random.Next(shops.Count)];
            var shopActor = new Actor(0, "demo.seed", UserRole.ShopOperator, shop.Id, [], null);
            var county = shop.DivisionCode;
            var countyName = catalog.Find(county)!.Name;
            var legalRep = new PersonInput(data.PersonName(), data.IdNumber(county).Value, data.MobilePhone().Value);
            var (type, name, department, category) = random.Next(100) switch
            {
                < 68 => ("02", data.CompanyName(cityName), '9', '1'),
                < 84 => ("06", data.IndividualBusinessName(countyName, legalRep.Name!), '9', '2'),
                < 95 => ("03", data.PublicInstitutionName(cityName), '1', '2'),
                _ => ("04", data.SocialOrganizationName(cityName), '5', '1'),
            };
            var agentIsLegalRep = random.Next(100) < 60;
            var agent = agentIsLegalRep ? legalRep : new PersonInput(data.PersonName(), data.IdNumber(county).Value, data.MobilePhone().Value);
            var sealTypes = new List<string> { "01" };
            if (type != "06" && random.Next(100) < 60)
            {
                sealTypes.Add("02");
            }

            if (random.Next(100) < 45)
            {
                sealTypes.Add("05");
            }

            if (type == "02" && random.Next(100) < 25)
            {
                sealTypes.Add("04");
            }

            // The materials the filing needs, uploaded first as the wizard does.
            var documentIds = new List<long>();
            foreach (var kind in RequiredMaterials.For(type, EngravingReason.New, agentIsLegalRep))
            {
                documentIds.Add(Expect(await documents.HandleAsync(shopActor, kind.ToString(), kind + ".png", documentImage, cancellationToken)).Id);
            }

            var request = new IntakeRequest(
                new OrganizationInput(data.CreditCode(county, department, category).Value, name, type, county, data.Address(catalog.FullName(county)), legalRep),
                agent,
                nameof(EngravingReason.New),
                sealTypes.Select(t => new SealInput(t, t == "05" ? "04" : "01", t == "05" ? "04" : "01", t == "05" ? "S20" : "R40", t == "05" ? legalRep.Name : name)).ToList(),
                documentIds);
            var filing = Expect(await intake.HandleAsync(shopActor, request, cancellationToken));

            var recent = i > organizations - (organizations / 12);
            foreach (var seal in filing.Seals)
            {
                if (recent && random.Next(100) < 45)
                {
                    continue;
                }

                demoClock.Now += TimeSpan.FromHours(20);
                Expect(await engrave.HandleAsync(shopActor, seal.SealCode, new EngravingRequest(shop.Engravers[random.Next(shop.Engravers.Count)]), cancellationToken));
                if (recent && random.Next(100) < 40)
                {
                    continue;
                }

                Expect(await imprint.HandleAsync(shopActor, seal.SealCode, "imprint.png", imprints[random.Next(imprints.Length)], cancellationToken));
                demoClock.Now += TimeSpan.FromHours(26);
                Expect(await deliver.HandleAsync(shopActor, seal.SealCode, new DeliveryRequest(agent), cancellationToken));
                demoClock.Now -= TimeSpan.FromHours(46);
                var fate = random.Next(100);
                if (fate < 5)
                {
                    Expect(await lifeState.HandleAsync(shopActor, seal.SealCode, LifeState.ReportedLost, new LifeStateRequest("经办人报称遗失"), cancellationToken));
                }
                else if (fate < 8)
                {
                    Expect(await lifeState.HandleAsync(shopActor, seal.SealCode, LifeState.Surrendered, new LifeStateRequest("单位注销"), cancellationToken));
                }
            }

            // One seeding scope writes thousands of rows; forget them as we go.
            db.ChangeTracker.Clear();
        }
    }

    private static T Expect<T>(Outcome<T> outcome) =>
        outcome.IsSuccess ? outcome.Value! : throw new InvalidOperationException($"Demo seeding was refused: {outcome.Failure!.Code} {outcome.Failure.Message} {string.Join("; ", outcome.Failure.Errors?.Select(e => e.Key + ": " + string.Join(",", e.Value)) ?? [])}");

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeding the synthetic demo city with {Organizations} organizations")]
    private partial void LogSeeding(int organizations);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo city seeded")]
    private partial void LogSeeded();

    private sealed record DemoShop(long Id, string ShopCode, string DivisionCode, IReadOnlyList<long> Engravers);
}
