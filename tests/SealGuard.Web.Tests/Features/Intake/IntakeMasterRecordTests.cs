using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Intake;

/// <summary>
/// An intake never rewrites the organization's master record: another shop presenting another name, legal
/// representative or division is refused (a change filing is needed), and the genuine seal keeps verifying.
/// </summary>
public sealed class IntakeMasterRecordTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Another_shop_presenting_another_name_legal_representative_or_division_is_refused_and_changes_nothing(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var organization = TestData.Organization();
        var genuine = await shop.DeliverNewSealAsync(TestData.Intake(organization));
        var before = await MasterAsync(app, organization.CreditCode!);
        var other = await app.LoginOtherShopAsync();

        foreach (var (forged, field) in new[]
        {
            (organization with { Name = "新乡市冒名商贸有限公司" }, "organization.name"),
            (organization with { LegalRepresentative = TestData.Person() }, "organization.legalRepresentative.idNumber"),
            (organization with { DivisionCode = "410727" }, "organization.divisionCode"),
        })
        {
            var problem = await (await other.PostIntakeAsync(TestData.Intake(forged, sealTypes: ["02"]))).ShouldBeRefusedAsync("Organization.ChangeFilingRequired");
            problem.GetProperty("detail").GetString().ShouldBe(Messages.Get("Organization.ChangeFilingRequired"));
            problem.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("变更备案");
            var errors = problem.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
            errors.Keys.ShouldBe([field]);
        }

        (await MasterAsync(app, organization.CreditCode!)).ShouldBe(before);
        var verified = await app.AnonymousClient().GetFromJsonAsync<JsonElement>(
            $"/api/v1/public/verification?sealCode={genuine}&orgName={Uri.EscapeDataString(organization.Name!)}", TestContext.Current.CancellationToken);
        verified.GetProperty("result").GetString().ShouldBe("Valid");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Another_address_or_type_is_kept_in_the_filing_only(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var organization = TestData.Organization();
        var first = await shop.FileAsync(TestData.Intake(organization));
        var before = await MasterAsync(app, organization.CreditCode!);
        var presented = organization with { Address = "河南省新乡市牧野区新址路9号", Type = "03", Name = "  " + organization.Name + " " };

        var second = await (await app.LoginOtherShopAsync()).FileAsync(TestData.Intake(presented, sealTypes: ["02"]));

        (await MasterAsync(app, organization.CreditCode!)).ShouldBe(before);
        var filings = await app.WithDbAsync(db => db.Filings.AsNoTracking().Where(f => f.Id == first.FilingId || f.Id == second.FilingId)
            .ToDictionaryAsync(f => f.Id, f => (f.OrganizationName, f.OrganizationType, f.OrganizationAddress, f.OrganizationDivisionCode), TestContext.Current.CancellationToken));
        filings[first.FilingId].ShouldBe((organization.Name!, "02", organization.Address!, organization.DivisionCode!));
        filings[second.FilingId].ShouldBe((organization.Name!, "03", "河南省新乡市牧野区新址路9号", organization.DivisionCode!));
    }

    private static async Task<MasterRecord> MasterAsync(SealGuardApp app, string creditCode) =>
        await app.WithDbAsync(db => db.Organizations.AsNoTracking().Where(o => o.CreditCode == creditCode)
            .Select(o => new MasterRecord(o.Name, o.Type, o.Address, o.DivisionCode, o.LegalRepresentative.Name, o.LegalRepresentative.IdNumberIndex, o.UpdatedAt))
            .SingleAsync(TestContext.Current.CancellationToken));

    private sealed record MasterRecord(string Name, string Type, string Address, string DivisionCode, string LegalRepresentativeName, string LegalRepresentativeIndex, DateTime UpdatedAt);
}
