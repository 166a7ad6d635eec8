using Microsoft.EntityFrameworkCore;
using SealGuard.Core;
using SealGuard.Core.Shops;
using SealGuard.Core.Synthetic;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Features.Shops;

namespace SealGuard.Web.Seeding.Demo;

public sealed partial class DemoSeeder
{
    /// <summary>
    /// 刻章业备案 on first start: every demo shop filed (by its own user) within days of its licence and police.demo
    /// accepted it; a second 红旗区 shop has re-filed an address change that awaits the police, so the console's queue shows it.
    /// </summary>
    private async Task SeedShopFilingsAsync(IReadOnlyList<DemoShop> shops, CancellationToken cancellationToken)
    {
        // A sequence of its own, so the rest of the demo city stays as it was.
        var data = new SyntheticData(2028);
        var officer = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "police.demo", cancellationToken);
        var police = new Actor(officer.Id, officer.UserName, UserRole.PoliceOfficer, null, ["4107"], null);
        var manage = services.GetRequiredService<ManageShopFilingHandler>();
        var decide = services.GetRequiredService<DecideShopFilingHandler>();
        var scan = DemoImages.Document();
        var images = new[] { new ShopFilingUpload(ShopFilingImageKind.Licence, "营业执照.png", scan), new ShopFilingUpload(ShopFilingImageKind.FloorPlan, "平面图.png", scan) };
        var changing = shops.First(s => s.ShopCode.StartsWith(DemoDivision, StringComparison.Ordinal) && s.ShopCode != DemoShopCode);
        foreach (var shop in shops)
        {
            var user = await db.Users.AsNoTracking().Where(u => u.ShopId == shop.Id).OrderBy(u => u.Id).FirstAsync(cancellationToken);
            // The shop's own account files, as the manager's work: the demo shops other than the demo shop have no manager login.
            var actor = new Actor(user.Id, user.UserName, UserRole.ShopManager, shop.Id, [], null);
            var filedAt = await db.Shops.AsNoTracking().Where(s => s.Id == shop.Id).Select(s => new { s.FiledAt, s.Address, s.DivisionCode }).SingleAsync(cancellationToken);
            var request = new ShopFilingRequest(data.CreditCode(filedAt.DivisionCode).Value, ChinaTime.DateOf(filedAt.FiledAt).AddDays(-2),
                new PersonInput(data.PersonName(), data.IdNumber(filedAt.DivisionCode).Value, null), new PersonInput(shop.Staff[0].Name, data.IdNumber(filedAt.DivisionCode).Value, null),
                filedAt.Address, null, ["激光刻章机 JG-300", "印章信息采集上传终端", "成品印章保险柜"], "印章专人刻制、专人保管；成品入柜上锁，交付凭证领取；每日核对登记簿。");
            var filing = Expect(await manage.SaveAsync(actor, shop.ShopCode, request, images, submit: true, cancellationToken));
            Expect(await decide.HandleAsync(police, filing.Id, new ShopFilingDecisionRequest(ShopFilingState.Accepted, null), cancellationToken));
            if (shop.Id == changing.Id)
            {
                Expect(await manage.SaveAsync(actor, shop.ShopCode, request with { LegalRepresentative = null, Manager = null, Address = filedAt.Address + "（迁至二楼）" }, [], submit: true,
                    cancellationToken));
            }
        }
    }
}
