using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using SealGuard.Core;
using SealGuard.Core.Shops;
using SealGuard.Web.Features.Reports;
using SealGuard.Web.Tests.Infrastructure;
using SealGuard.Web.Tests.Infrastructure.Http;

namespace SealGuard.Web.Tests.Features.Reports;

/// <summary>
/// The report tables against the seals themselves: each figure is recounted from <c>seals</c> for the same China-time range.
/// Seals are moved back in time and the counters rebuilt, so the tests run on an app of their own (no other test files meanwhile).
/// </summary>
[Collection(nameof(IsolatedFilingGroup))]
public sealed class SealReportsTests(IsolatedFilingApps apps)
{
    private static readonly string[] SealReports = ["divisions", "shops", "seal-types", "reasons", "months"];
    private static readonly string[] AllReports = [.. SealReports, "supervision"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_report_counts_the_seals_accepted_in_the_China_date_range(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.LoginAsync("shop.demo");
        var police = await app.LoginAsync("police.demo");
        var organization = TestData.Organization();
        var replaced = await shop.DeliverNewSealAsync(TestData.Intake(organization, sealTypes: ["01"]));
        var replacement = (await shop.FileAsync(TestData.Replacement(organization, "Replacement", replaced))).Seals.Single().SealCode;
        var others = (await shop.FileAsync(TestData.Intake(sealTypes: ["02", "03"]))).Seals.Select(s => s.SealCode).ToList();
        var fengqiu = (await shop.FileAsync(TestData.Intake(TestData.Organization(division: "410727"), sealTypes: ["05"]))).Seals.Single().SealCode;

        // Today, as the intakes moved the counters in their transactions.
        var today = ChinaTime.DateOf(DateTime.UtcNow);
        foreach (var report in SealReports)
        {
            await ShouldMatchTheSealsAsync(app, police, report, today, today);
        }

        // 23:59:59 and 00:00 China time either side of a month's end, mid-month, and another division; then the counters rebuilt.
        await MoveAsync(app, replaced, new DateTime(2019, 1, 31, 15, 59, 59, DateTimeKind.Utc));
        await MoveAsync(app, replacement, new DateTime(2019, 1, 31, 16, 0, 0, DateTimeKind.Utc));
        await MoveAsync(app, others[0], new DateTime(2019, 3, 15, 4, 0, 0, DateTimeKind.Utc));
        await MoveAsync(app, others[1], new DateTime(2019, 2, 28, 16, 0, 0, DateTimeKind.Utc));
        await MoveAsync(app, fengqiu, new DateTime(2019, 2, 10, 2, 0, 0, DateTimeKind.Utc));
        (await app.RunCliAsync("stats", "rebuild")).ExitCode.ShouldBe(0);

        var januaryEnd = await ReportAsync(police, "months", "from=2019-01-31&to=2019-01-31");
        januaryEnd.Rows.ShouldHaveSingleItem().ShouldBe(new StatisticsRow("2019-01", "2019-01", januaryEnd.Total));
        januaryEnd.Total.ShouldBeGreaterThanOrEqualTo(1, "23:59:59 on 31 January in China is 31 January");
        var reasons = await ReportAsync(police, "reasons", "from=2019-02-01&to=2019-02-01");
        reasons.Rows.ShouldContain(r => r.Key == "Replacement" && r.Label == "换刻", "00:00 on 1 February in China is 1 February");

        foreach (var (from, to) in new[]
                 {
                     (new DateOnly(2019, 1, 31), new DateOnly(2019, 1, 31)), (new DateOnly(2019, 2, 1), new DateOnly(2019, 2, 28)),
                     (new DateOnly(2019, 1, 15), new DateOnly(2019, 3, 20)), (new DateOnly(2019, 1, 1), new DateOnly(2019, 3, 31)),
                     (new DateOnly(2019, 3, 1), new DateOnly(2019, 3, 15)), (new DateOnly(2018, 12, 1), new DateOnly(2019, 2, 28)),
                 })
        {
            foreach (var report in SealReports)
            {
                await ShouldMatchTheSealsAsync(app, police, report, from, to);
            }
        }

        var months = await ReportAsync(police, "months", "from=2018-12-20&to=2019-03-02");
        months.Rows.Select(r => r.Key).ShouldBe(["2018-12", "2019-01", "2019-02", "2019-03"], "every month of the range, also an empty one");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_excel_export_holds_the_reports_rows_under_Chinese_headers(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.LoginAsync("shop.demo");
        var police = await app.LoginAsync("police.demo");
        await shop.FileAsync(TestData.Intake(sealTypes: ["01", "02"]));
        var today = ChinaTime.DateOf(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var filters = $"from={today}&to={today}";

        var (shopsHeaders, shopsRows) = await ExportAsync(police, "shops", filters);
        shopsHeaders.ShouldBe(["刻章店编码", "刻章店", "印章数（枚）"]);
        var shops = await ReportAsync(police, "shops", filters);
        shopsRows.Select(r => (Text(r["刻章店编码"]), Text(r["刻章店"]), Number(r["印章数（枚）"])))
            .ShouldBe(shops.Rows.Select(r => (r.Key, r.Label, r.Count)));
        shopsRows.ShouldContain(r => Text(r["刻章店编码"]) == DemoSeederShop && Number(r["印章数（枚）"]) >= 2);

        var (typeHeaders, typeRows) = await ExportAsync(police, "seal-types", filters);
        typeHeaders.ShouldBe(["类型代码", "印章类型", "印章数（枚）"]);
        typeRows.ShouldContain(r => Text(r["类型代码"]) == "01" && Text(r["印章类型"]) == "单位专用章(公章)");

        var (reasonHeaders, reasonRows) = await ExportAsync(police, "reasons", filters);
        reasonHeaders.ShouldBe(["刻制原因", "印章数（枚）"]);
        reasonRows.ShouldContain(r => Text(r["刻制原因"]) == "新刻");

        var (_, monthRows) = await ExportAsync(police, "months", "from=2019-05-10&to=2019-07-01");
        monthRows.Select(r => Text(r["月份"])).ShouldBe(["2019-05", "2019-06", "2019-07"]);

        var (supervisionHeaders, supervisionRows) = await ExportAsync(police, "supervision", filters);
        supervisionHeaders.ShouldBe(["区划代码", "区县", "正常营业（家）", "暂停营业（家）", "已注销（家）", "在册从业人员", "待审核人员", "已退回人员", "已注销人员",
            "检查次数", "应检未检（家）", "整改中", "逾期未整改", "行政处罚（起）", "罚款金额（元）"]);
        var supervision = await SupervisionAsync(police, filters);
        supervisionRows.Count.ShouldBe(supervision.Rows.Count + 1, "the divisions and the total line");
        Text(supervisionRows[^1]["区县"]).ShouldBe("合计");
        Number(supervisionRows[^1]["正常营业（家）"]).ShouldBe((long)supervision.Total.ShopsNormal);

        // The headers also when the range holds nothing.
        var (emptyHeaders, emptyRows) = await ExportAsync(police, "divisions", "from=2000-01-01&to=2000-01-31");
        emptyHeaders.ShouldBe(["区划代码", "区县", "印章数（枚）"]);
        emptyRows.ShouldBeEmpty();

        await ErrorResponsesTests.ShouldBeProblemAsync(await police.GetAsync("/api/v1/reports/nonsense/export?format=xlsx", Ct), HttpStatusCode.BadRequest, "Report.Unknown");
        await ErrorResponsesTests.ShouldBeProblemAsync(await police.GetAsync("/api/v1/reports/shops/export?format=pdf", Ct), HttpStatusCode.BadRequest, "Report.UnknownFormat");
        await ErrorResponsesTests.ShouldBeProblemAsync(await police.GetAsync("/api/v1/reports/nonsense", Ct), HttpStatusCode.BadRequest, "Report.Unknown");
        await (await police.GetAsync("/api/v1/reports/shops?from=2019-02-01&to=2019-01-01", Ct)).ShouldNameFieldsAsync("to");
        await (await police.GetAsync("/api/v1/reports/shops?division=41x", Ct)).ShouldNameFieldsAsync("division");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_supervision_overview_counts_the_jurisdictions_shops_staff_inspections_and_penalties(string provider)
    {
        var app = await apps.GetAsync(provider);
        var police = await app.LoginAsync("police.demo");
        var (from, to) = (new DateOnly(2020, 1, 1), ChinaTime.DateOf(DateTime.UtcNow));

        var view = await SupervisionAsync(police, $"from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");

        var (start, end) = (ChinaTime.StartOfDayUtc(from), ChinaTime.StartOfDayUtc(to.AddDays(1)));
        var expected = await app.WithDbAsync(async db =>
        {
            var shops = await db.Shops.AsNoTracking().Where(s => s.DivisionCode.StartsWith("4107")).Select(s => new { s.Id, s.State }).ToListAsync(Ct);
            var ids = shops.Select(s => s.Id).ToList();
            var inspected = await db.Inspections.AsNoTracking().Where(i => ids.Contains(i.ShopId) && i.InspectedAt >= start && i.InspectedAt < end).Select(i => i.ShopId).ToListAsync(Ct);
            var staff = await db.ShopStaff.AsNoTracking().Where(s => ids.Contains(s.ShopId)).Select(s => s.State).ToListAsync(Ct);
            var penalties = await db.Penalties.AsNoTracking().Where(p => ids.Contains(p.ShopId) && p.DecidedOn >= from && p.DecidedOn <= to).Select(p => p.AmountCents).ToListAsync(Ct);
            return (Normal: shops.Count(s => s.State == ShopState.Normal), Staff: staff.Count(s => s == StaffState.Accepted), Inspections: inspected.Count,
                Due: shops.Count(s => s.State == ShopState.Normal && !inspected.Contains(s.Id)), Penalties: penalties.Count, Fines: penalties.Sum(p => p ?? 0));
        });
        var total = view.Total;
        (total.ShopsNormal, total.StaffAccepted, total.Inspections, total.InspectionsDue, total.Penalties, total.FineCents)
            .ShouldBe((expected.Normal, expected.Staff, expected.Inspections, expected.Due, expected.Penalties, expected.Fines));
        total.ShopsNormal.ShouldBeGreaterThan(0, "the demo city has shops");
        view.Rows.Sum(r => r.ShopsNormal).ShouldBe(total.ShopsNormal);
        view.Rows.ShouldAllBe(r => r.DivisionCode.StartsWith("4107", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_officer_of_410727_reads_nothing_of_410702_by_any_report_or_export(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.LoginAsync("shop.demo");
        await shop.FileAsync(TestData.Intake(sealTypes: ["01"]));
        await shop.FileAsync(TestData.Intake(TestData.Organization(division: "410727"), sealTypes: ["02"]));
        var fengqiu = await app.LoginAsync("police.fengqiu");
        var today = ChinaTime.DateOf(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var range = $"from=2015-01-01&to={today}";

        foreach (var report in SealReports)
        {
            // 410702 asked for by name: nothing, as JSON and as Excel.
            var asked = await ReportAsync(fengqiu, report, range + "&division=410702");
            asked.Rows.ShouldAllBe(r => r.Count == 0, report);
            asked.Total.ShouldBe(0, report);
            var (_, rows) = await ExportAsync(fengqiu, report, range + "&division=410702");
            rows.ShouldAllBe(r => Number(r["印章数（枚）"]) == 0, report);

            // The whole jurisdiction: exactly 410727's seals.
            await ShouldMatchTheSealsAsync(app, fengqiu, report, new DateOnly(2015, 1, 1), ChinaTime.DateOf(DateTime.UtcNow), "410727");
        }

        var divisions = await ReportAsync(fengqiu, "divisions", range);
        divisions.Rows.ShouldHaveSingleItem().Key.ShouldBe("410727");
        // A shop of 红旗区 appears only with the seals it engraved for 封丘县's organizations (recounted above), none of its 红旗区 ones.
        var (_, shopRows) = await ExportAsync(fengqiu, "shops", range);
        shopRows.Select(r => (Text(r["刻章店编码"]), Number(r["印章数（枚）"])))
            .ShouldBe((await ReportAsync(fengqiu, "shops", range)).Rows.Select(r => (r.Key, r.Count)));

        var supervision = await SupervisionAsync(fengqiu, range);
        supervision.Rows.ShouldAllBe(r => r.DivisionCode == "410727");
        (await SupervisionAsync(fengqiu, range + "&division=410702")).Rows.ShouldBeEmpty();
        var (_, supervisionRows) = await ExportAsync(fengqiu, "supervision", range + "&division=410702");
        Text(supervisionRows.ShouldHaveSingleItem()["区县"]).ShouldBe("合计");
        Number(supervisionRows[0]["正常营业（家）"]).ShouldBe(0L);

        // A client without a token (the isolated app listens on its own port, so not AnonymousClient's default address).
        using var anonymous = app.CreateClient();
        foreach (var report in AllReports)
        {
            (await shop.GetAsync($"/api/v1/reports/{report}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, report);
            (await shop.GetAsync($"/api/v1/reports/{report}/export?format=xlsx", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, report);
            (await anonymous.GetAsync($"/api/v1/reports/{report}/export?format=xlsx", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, report);
        }
    }

    private const string DemoSeederShop = "410702000001";

    private static Task<int> MoveAsync(SealGuardApp app, string sealCode, DateTime acceptedAt) =>
        app.WithDbAsync(db => db.Seals.Where(s => s.SealCode == sealCode).ExecuteUpdateAsync(s => s.SetProperty(x => x.AcceptedAt, acceptedAt), Ct));

    /// <summary>The report's rows with seals equal the seals accepted in the range, counted one by one.</summary>
    private static async Task ShouldMatchTheSealsAsync(SealGuardApp app, HttpClient police, string report, DateOnly from, DateOnly to, string prefix = "4107")
    {
        var view = await ReportAsync(police, report, string.Create(CultureInfo.InvariantCulture, $"from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}"));
        var expected = await RecountAsync(app, report, from, to, prefix);
        view.Rows.Where(r => r.Count != 0).ToDictionary(r => r.Key, r => r.Count).ShouldBe(expected, ignoreOrder: true, $"{report} {from}..{to}");
        view.Total.ShouldBe(expected.Values.Sum());
    }

    private static Task<Dictionary<string, long>> RecountAsync(SealGuardApp app, string report, DateOnly from, DateOnly to, string prefix) => app.WithDbAsync(async db =>
    {
        var (start, end) = (ChinaTime.StartOfDayUtc(from), ChinaTime.StartOfDayUtc(to.AddDays(1)));
        var shops = await db.Shops.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.ShopCode, Ct);
        var seals = await db.Seals.AsNoTracking().Where(s => s.AcceptedAt >= start && s.AcceptedAt < end)
            .Select(s => new { s.DivisionCode, s.ShopId, s.Type, s.Reason, s.AcceptedAt }).ToListAsync(Ct);
        return seals.Where(s => s.DivisionCode.StartsWith(prefix, StringComparison.Ordinal))
            .GroupBy(s => report switch
            {
                "divisions" => s.DivisionCode,
                "shops" => shops[s.ShopId],
                "seal-types" => s.Type,
                "reasons" => s.Reason.ToString(),
                _ => ChinaTime.FromUtc(s.AcceptedAt).ToString("yyyy-MM", CultureInfo.InvariantCulture),
            })
            .ToDictionary(g => g.Key, g => g.LongCount());
    });

    private static async Task<SealReportView> ReportAsync(HttpClient client, string report, string query)
    {
        var response = await client.GetAsync($"/api/v1/reports/{report}?{query}", Ct);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<SealReportView>(FilingSteps.Json, Ct))!;
    }

    private static async Task<SupervisionReportView> SupervisionAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/v1/reports/supervision?{query}", Ct);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<SupervisionReportView>(FilingSteps.Json, Ct))!;
    }

    /// <summary>The workbook read back with MiniExcel: its header row and its rows by header.</summary>
    private static async Task<(List<string> Headers, List<IDictionary<string, object?>> Rows)> ExportAsync(HttpClient client, string report, string query)
    {
        var response = await client.GetAsync($"/api/v1/reports/{report}/export?format=xlsx&{query}", Ct);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(ExcelFile.ContentType);
        response.Content.Headers.ContentDisposition?.FileNameStar.ShouldNotBeNull().ShouldEndWith(".xlsx");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        // Read by column letter: the first row is the headers (MiniExcel's header-row reading finds no columns in a sheet without data rows).
        var lines = MiniExcel.Query(stream).Cast<IDictionary<string, object?>>().Select(r => r.Values.ToList()).ToList();
        var headers = lines.Count == 0 ? [] : lines[0].Select(Text).ToList();
        var rows = lines.Skip(1).Select(l => (IDictionary<string, object?>)headers.Zip(l).ToDictionary(p => p.First, p => p.Second)).ToList();
        return (headers, rows);
    }

    private static string Text(object? cell) => Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "";

    private static long Number(object? cell) => Convert.ToInt64(cell, CultureInfo.InvariantCulture);
}
