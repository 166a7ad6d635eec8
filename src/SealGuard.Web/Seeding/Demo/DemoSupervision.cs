using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Filings;
using SealGuard.Core.Synthetic;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Notices;
using SealGuard.Web.Features.Organizations;
using SealGuard.Web.Features.SuspiciousReports;

namespace SealGuard.Web.Seeding.Demo;

/// <summary>
/// What the supervision pages show on first start, through the real handlers on a clock in the past: two notices (the
/// city-wide one read by the demo shop and a few others, the 红旗区 one still unread there), a suspicious report of the
/// demo shop, and one deregistered organization with a seal in use (in 牧野区 if it has one, away from the demo shop's seals the browser journeys use).
/// </summary>
internal sealed class DemoSupervision(IServiceProvider services, SealGuardDbContext db, TimeProvider clock)
{
    private const string DeregisteredDivision = "410711";

    public async Task SeedAsync(SyntheticData data, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var police = await ActorAsync("police.demo", cancellationToken);
        var demoShop = await ActorAsync("shop.demo", cancellationToken);

        var cityWide = await PublishAsync(police, now.AddDays(-6), new NoticeRequest("关于开展年度刻章业治安检查的通知",
            "各刻章店：\n市局将于本月对全市公章刻制企业开展年度治安检查，请对照检查表自查从业人员登记、承接登记簿、印章保管和信息上传情况，做好迎检准备。\n新乡市公安局治安管理支队", DemoSeeder.CityCode[..4], null), cancellationToken);
        var readers = await db.Users.AsNoTracking().Where(u => u.UserName.EndsWith(".clerk")).OrderBy(u => u.Id).Take(4).ToListAsync(cancellationToken);
        await ReadAsync(demoShop, cityWide, now.AddDays(-5), cancellationToken);
        foreach (var reader in readers)
        {
            await ReadAsync(new Actor(reader.Id, reader.UserName, reader.Role, reader.ShopId, [], null), cityWide, now.AddDays(-5), cancellationToken);
        }

        await PublishAsync(police, now.AddDays(-1), new NoticeRequest("关于严格落实经办人身份核验的提示",
            "近期发现有人冒用他人身份证件代办刻章。受理时请逐一核对经办人身份证件与本人，非法定代表人办理的须查验授权委托书；发现可疑情况请立即通过“可疑情况报告”上报。", "410702", null), cancellationToken);

        // Preferably in 牧野区; a small demo city may have no delivered seal there, then any outside 红旗区.
        var organization = await db.Organizations.AsNoTracking().Where(o => o.DivisionCode != "410702")
            .Where(o => db.Seals.Any(s => s.OrganizationId == o.Id && s.Flow == FlowState.Delivered && s.Life == LifeState.InUse))
            .OrderBy(o => o.DivisionCode == DeregisteredDivision ? 0 : 1).ThenByDescending(o => o.Id).Select(o => o.CreditCode).FirstOrDefaultAsync(cancellationToken);
        if (organization is not null)
        {
            Expect(await Handler<SetOrganizationStateHandler>(now.AddDays(-3)).HandleAsync(police, organization,
                new OrganizationStateRequest("Deregistered", "市场监管部门通报该企业已办理注销登记，经核实"), cancellationToken));
        }

        Expect(await Handler<FileSuspiciousReportHandler>(now.AddDays(-2)).HandleAsync(demoShop, new SuspiciousReportRequest("IdentityMismatch",
            "一名男子持他人身份证为某商贸公司代办公章，本人与证件照片明显不符，经询问无法说出法定代表人姓名，已婉拒受理。", data.IdNumber("410702").Value, null, null), cancellationToken));
    }

    private async Task<long> PublishAsync(Actor police, DateTimeOffset at, NoticeRequest request, CancellationToken cancellationToken) =>
        Expect(await Handler<PublishNoticeHandler>(at).HandleAsync(police, request, cancellationToken)).Id;

    private async Task ReadAsync(Actor shop, long noticeId, DateTimeOffset at, CancellationToken cancellationToken) =>
        Expect(await Handler<ReadNoticeHandler>(at).HandleAsync(shop, noticeId, cancellationToken));

    /// <summary>The handler on a clock standing at <paramref name="at"/>, so the record carries a past date.</summary>
    private T Handler<T>(DateTimeOffset at)
        where T : notnull => ActivatorUtilities.CreateInstance<T>(services, new DemoClock(at));

    private async Task<Actor> ActorAsync(string userName, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName, cancellationToken);
        return new Actor(user.Id, user.UserName, user.Role, user.ShopId, user.JurisdictionPrefixes, null);
    }

    private static T Expect<T>(Infrastructure.Outcomes.Outcome<T> outcome) =>
        outcome.IsSuccess ? outcome.Value! : throw new InvalidOperationException($"Demo seeding was refused: {outcome.Failure!.Code} {outcome.Failure.Message}");
}
