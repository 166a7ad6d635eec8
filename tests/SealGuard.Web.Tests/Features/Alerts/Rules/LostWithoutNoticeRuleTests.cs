using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Core.Alerts;
using SealGuard.Core.Codes;
using SealGuard.Core.Filings;
using SealGuard.Core.Organizations;
using SealGuard.Web.Data;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Alerts.Rules;

/// <summary>
/// Rule 9: intake and engraving refuse a lost replacement without the newspaper notice, so the rule watches every
/// other way a seal is written; here an import through the unit of work, without the intake handler.
/// </summary>
public sealed class LostWithoutNoticeRuleTests(SharedApps apps)
{
    private const string Rule = "LostWithoutNotice";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_lost_replacement_filed_with_its_notice_raises_nothing(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var organization = TestData.Organization();
        var lost = await shop.DeliverNewSealAsync(TestData.Intake(organization));
        await (await shop.ChangeLifeStateAsync(lost, "loss-report")).ShouldHaveStatusAsync(System.Net.HttpStatusCode.OK);

        var replacement = (await shop.FileAsync(TestData.Replacement(organization, "LostReplacement", lost))).Seals[0].SealCode;

        (await app.AlertsAboutAsync(Rule, replacement)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_lost_replacement_written_without_the_notice_raises_one_alert_in_its_transaction(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var organization = TestData.Organization();
        await shop.FileAsync(TestData.Intake(organization, sealTypes: ["02"]));

        var imported = await ImportLostReplacementAsync(app, organization.CreditCode!, withNotice: false);
        var withNotice = await ImportLostReplacementAsync(app, organization.CreditCode!, withNotice: true);

        var alert = (await app.AlertsAboutAsync(Rule, imported)).ShouldHaveSingleItem();
        alert.SubjectKind.ShouldBe(AlertSubjectKind.Seal);
        alert.Severity.ShouldBe(AlertSeverity.High);
        alert.DivisionCode.ShouldBe("410702");
        (await app.AlertsAboutAsync(Rule, withNotice)).ShouldBeEmpty();
    }

    /// <summary>A lost replacement of a finance seal as an import writes it: straight through the unit of work.</summary>
    private static async Task<string> ImportLostReplacementAsync(SealGuardApp app, string creditCode, bool withNotice)
    {
        var ct = TestContext.Current.CancellationToken;
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<SealGuardDbContext>();
        var protector = services.GetRequiredService<PersonalDataProtector>();
        var outcome = await services.GetRequiredService<UnitOfWork>().ExecuteAsync<string>(async work =>
        {
            var now = DateTime.UtcNow;
            var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.CreditCode == creditCode, work);
            var shop = await db.Shops.AsNoTracking().SingleAsync(s => s.ShopCode == "410702000001", work);
            var agent = TestData.Person();
            var person = protector.Protect("测试经办", IdNumber.Parse(agent.IdNumber!), null);
            var details = new OrganizationDetails(organization.CreditCode, organization.Name, organization.Type, organization.DivisionCode, organization.Address,
                protector.Protect("测试经办", IdNumber.Parse(agent.IdNumber!), null));
            var filing = new Filing(shop.Id, organization.Id, EngravingReason.LostReplacement, person, details, new EventActor(0, "import"), now);
            filing.AssignNumber((await services.GetRequiredService<FilingNumberAllocator>().NextAsync(shop.Id, ShopCode.Parse(shop.ShopCode), now, work)).Value);
            var serial = (await services.GetRequiredService<CodeAllocator>().NextAsync(CodeKind.Seal, "410702", work)).Value;
            var seal = filing.AddSeal(SealCode.Parse("410702" + serial.ToString("D7", System.Globalization.CultureInfo.InvariantCulture)), new SealSpecification("02", "01", "01", null, organization.Name + "财务专用章"), new EventActor(0, "import"), now);
            if (withNotice)
            {
                filing.AttachDocument(DocumentKind.NewspaperNotice, "notice.png", "Png", new string('a', 64), new string('b', 64), 100, 10, 10, new EventActor(0, "import"), now);
            }

            db.Filings.Add(filing);
            return seal.SealCode;
        }, ct);
        return outcome.Value!;
    }
}
