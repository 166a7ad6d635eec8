using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Intake;

/// <summary>A refused intake leaves nothing behind: no rows, no audit entries and no used-up code serials.</summary>
[Collection(nameof(IsolatedFilingGroup))]
public sealed class IntakeAtomicityTests(IsolatedFilingApps apps)
{
    private const string Division = "410702";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_filing_refused_at_its_second_public_seal_writes_nothing_and_uses_no_serial(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.LoginAsync("shop.demo");
        var before = await CountAsync(app);
        var organization = TestData.Organization(Division);

        // Finance seal first, then two public seals: the rule breaks only at the last one, after the organization was created.
        var refused = await shop.PostIntakeAsync(TestData.Intake(organization, sealTypes: ["02", "01", "01"]));
        await refused.ShouldBeRefusedAsync("Seal.UniqueTypeInUse");

        (await CountAsync(app)).ShouldBe(before);
        (await app.WithDbAsync(db => db.Organizations.AnyAsync(o => o.CreditCode == organization.CreditCode))).ShouldBeFalse();

        var filing = await shop.FileAsync(TestData.Intake(organization, sealTypes: ["02", "01"]));
        filing.Seals.Select(s => s.SealCode).ShouldBe([SealCode(before.LastSealSerial + 1), SealCode(before.LastSealSerial + 2)]);
        var orgCode = await app.WithDbAsync(db => db.Organizations.Where(o => o.CreditCode == organization.CreditCode).Select(o => o.OrgCode).SingleAsync());
        orgCode.ShouldBe(Division + (before.LastOrgSerial + 1).ToString("000000", CultureInfo.InvariantCulture));
    }

    private static string SealCode(int serial) => Division + serial.ToString("0000000", CultureInfo.InvariantCulture);

    private static Task<Counts> CountAsync(SealGuardApp app) => app.WithDbAsync(async db =>
    {
        var sealCodes = await db.Seals.Where(s => s.DivisionCode == Division).Select(s => s.SealCode).ToListAsync();
        var orgCodes = await db.Organizations.Where(o => o.DivisionCode == Division).Select(o => o.OrgCode).ToListAsync();
        return new Counts(
            await db.Seals.CountAsync(),
            await db.SealEvents.CountAsync(),
            await db.Filings.CountAsync(),
            await db.Organizations.CountAsync(),
            await db.AuditEntries.CountAsync(),
            sealCodes.Select(c => int.Parse(c[6..], CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max(),
            orgCodes.Select(c => int.Parse(c[6..], CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max());
    });

    private sealed record Counts(int Seals, int SealEvents, int Filings, int Organizations, int AuditEntries, int LastSealSerial, int LastOrgSerial);
}
