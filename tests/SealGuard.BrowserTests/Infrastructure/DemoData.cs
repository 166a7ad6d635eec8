using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;

namespace SealGuard.BrowserTests.Infrastructure;

/// <summary>Looks up demo rows a journey starts from (the browser tests never write through the database).</summary>
public static class DemoData
{
    public static async Task<(string SealCode, string OrgName)> DeliveredSealAsync(this BrowserApp app, string divisionPrefix = "4107")
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SealGuardDbContext>();
        return await (from s in db.Seals
                      join o in db.Organizations on s.OrganizationId equals o.Id
                      where s.Flow == FlowState.Delivered && s.Life == LifeState.InUse && s.DivisionCode.StartsWith(divisionPrefix)
                      orderby s.Id
                      select new ValueTuple<string, string>(s.SealCode, o.Name)).FirstAsync();
    }

    /// <summary>A delivered 公章 in use, newest first (away from the journeys that take the oldest delivered seals), with its organization's credit code and division.</summary>
    public static async Task<(string CreditCode, string SealCode, string DivisionCode)> InUseOfficialSealAsync(this BrowserApp app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SealGuardDbContext>();
        return await (from s in db.Seals
                      join o in db.Organizations on s.OrganizationId equals o.Id
                      where s.Type == "01" && s.Flow == FlowState.Delivered && s.Life == LifeState.InUse && s.DivisionCode.StartsWith("4107")
                      orderby s.Id descending
                      select new ValueTuple<string, string, string>(o.CreditCode, s.SealCode, o.DivisionCode)).FirstAsync();
    }

    /// <summary>A filing of the shop whose seals have all been delivered, so its receipt names the recipients too.</summary>
    public static async Task<(long FilingId, string FilingNumber)> DeliveredFilingAsync(this BrowserApp app, string shopCode)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SealGuardDbContext>();
        return await (from f in db.Filings
                      join shop in db.Shops on f.ShopId equals shop.Id
                      where shop.ShopCode == shopCode && f.Seals.All(s => s.Flow == FlowState.Delivered)
                      orderby f.Id
                      select new ValueTuple<long, string>(f.Id, f.FilingNumber)).FirstAsync();
    }
}
