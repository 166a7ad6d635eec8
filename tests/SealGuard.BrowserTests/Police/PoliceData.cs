using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.BrowserTests.Infrastructure;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.PersonalData;

namespace SealGuard.BrowserTests.Police;

/// <summary>Reads what the police journeys check against: demo rows, decrypted IDs, audit entries.</summary>
public static class PoliceData
{
    public static async Task<string> LegalRepresentativeIdAsync(this BrowserApp app, string sealCode)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SealGuardDbContext>();
        var protector = scope.ServiceProvider.GetRequiredService<PersonalDataProtector>();
        var organization = await (from s in db.Seals
                                  join o in db.Organizations on s.OrganizationId equals o.Id
                                  where s.SealCode == sealCode
                                  select o).SingleAsync();
        return protector.Reveal(organization.LegalRepresentative).Value;
    }

    public static async Task<(string SealCode, string OrgName)> SealOutsideAsync(this BrowserApp app, string jurisdictionPrefix)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SealGuardDbContext>();
        return await (from s in db.Seals
                      join o in db.Organizations on s.OrganizationId equals o.Id
                      where !s.DivisionCode.StartsWith(jurisdictionPrefix) && !o.DivisionCode.StartsWith(jurisdictionPrefix)
                      orderby s.DivisionCode == "410702" descending, s.Id
                      select new ValueTuple<string, string>(s.SealCode, o.Name)).FirstAsync();
    }

    public static async Task<IReadOnlyList<AuditEntry>> AuditEntriesAsync(this BrowserApp app, string action, string entityKey)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SealGuardDbContext>();
        return await db.AuditEntries.AsNoTracking().Where(a => a.Action == action && a.EntityKey == entityKey).ToListAsync();
    }
}
