using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SealGuard.BrowserTests.Infrastructure;
using SealGuard.Core.Filings;
using SealGuard.Core.Shops;
using SealGuard.Core.Synthetic;
using SealGuard.Web.Data;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Seeding.Demo;

namespace SealGuard.BrowserTests.Admin;

public sealed class UserAdministrationTests(BrowserApp app)
{
    [Fact]
    public async Task An_administrator_creates_an_officer_with_a_police_unit_who_can_then_sign_in_and_changes_the_unit()
    {
        var userName = "officer." + Guid.NewGuid().ToString("N")[..6];
        var page = await app.SignInAsync("admin.demo");

        await page.GotoAsync("/Admin/Users");
        await page.GetByText("新建用户").ClickAsync();
        await CreateForm(page).GetByLabel("用户名").FillAsync(userName);
        await CreateForm(page).GetByLabel("姓名").FillAsync("赵警官");
        await CreateForm(page).GetByLabel("初始密码").FillAsync("Start#2026x");
        await CreateForm(page).GetByLabel("角色").SelectOptionAsync("PoliceOfficer");
        await Assertions.Expect(CreateForm(page).GetByLabel("刻章店", new() { Exact = true })).ToBeHiddenAsync();
        await CreateForm(page).GetByLabel("辖区").SelectOptionAsync(new SelectOptionValue { Label = "红旗区" });
        await CreateForm(page).GetByLabel("所在单位").FillAsync("新乡市公安局红旗分局");
        await CreateForm(page).GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("notice")).ToContainTextAsync(userName);
        var row = page.Locator($"tr[data-user='{userName}']");
        await Assertions.Expect(row.GetByTestId("user-unit")).ToContainTextAsync("新乡市公安局红旗分局");
        await Assertions.Expect(row.GetByTestId("user-unit")).ToContainTextAsync("辖区：河南省新乡市红旗区");
        await Assertions.Expect(row).ToContainTextAsync("正常");

        var officer = await app.NewPageAsync();
        await officer.GotoAsync("/Account/Login");
        await officer.GetByLabel("用户名").FillAsync(userName);
        await officer.GetByLabel("密码").FillAsync("Start#2026x");
        await officer.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await officer.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        await Assertions.Expect(officer.GetByTestId("current-user")).ToContainTextAsync("赵警官");
        await Assertions.Expect(officer.GetByTestId("current-user")).ToContainTextAsync("新乡市公安局红旗分局");
        var response = await officer.GotoAsync("/Police/Seals");
        response!.Status.ShouldBe(200);

        // The officer moves to another unit: the administrator changes it in the row's access form.
        await row.GetByText("修改角色与辖区").ClickAsync();
        await row.GetByLabel("所在单位").FillAsync("新乡市公安局治安支队");
        await row.GetByRole(AriaRole.Button, new() { Name = "保存" }).Last.ClickAsync();
        await Assertions.Expect(page.GetByTestId("notice")).ToContainTextAsync(userName);
        await Assertions.Expect(page.Locator($"tr[data-user='{userName}']").GetByTestId("user-unit")).ToContainTextAsync("新乡市公安局治安支队");
        (await page.SeriousViolationsAsync()).ShouldBeEmpty();
        await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("admin-user-unit"), FullPage = false });
    }

    [Fact]
    public async Task A_weak_password_is_refused_in_chinese_and_the_input_is_kept()
    {
        var page = await app.SignInAsync("admin.demo");

        await page.GotoAsync("/Admin/Users");
        await page.GetByText("新建用户").ClickAsync();
        await CreateForm(page).GetByLabel("用户名").FillAsync("weak.user");
        await CreateForm(page).GetByLabel("姓名").FillAsync("钱某");
        await CreateForm(page).GetByLabel("初始密码").FillAsync("short");
        await CreateForm(page).GetByLabel("辖区").SelectOptionAsync("4107");
        await CreateForm(page).GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();

        await Assertions.Expect(page.Locator("#passwordError")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("用户名")).ToHaveValueAsync("weak.user");
        await Assertions.Expect(page.Locator("tr[data-user='weak.user']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_administrator_picks_the_shop_of_a_new_clerk_from_a_searchable_list_then_finds_the_clerk()
    {
        var userName = "clerk." + Guid.NewGuid().ToString("N")[..6];
        var displayName = "孙店员" + userName[^4..];
        var page = await app.SignInAsync("admin.demo");
        await page.GotoAsync("/Admin/Users");
        var shop = CreateForm(page).GetByLabel("刻章店", new() { Exact = true });
        var shopName = (await shop.Locator("option[value='410702000001']").TextContentAsync())!.Split('（')[0];

        await page.GetByText("新建用户").ClickAsync();
        await CreateForm(page).GetByLabel("用户名").FillAsync(userName);
        await CreateForm(page).GetByLabel("姓名").FillAsync(displayName);
        await CreateForm(page).GetByLabel("初始密码").FillAsync("Start#2026x");
        await CreateForm(page).GetByLabel("角色").SelectOptionAsync("ShopOperator");
        await Assertions.Expect(CreateForm(page).GetByLabel("辖区")).ToBeHiddenAsync();
        await CreateForm(page).GetByPlaceholder("输入店名或编码筛选").FillAsync(shopName);
        await Assertions.Expect(shop).ToHaveValueAsync("410702000001");
        (await page.SeriousViolationsAsync()).ShouldBeEmpty();
        await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("admin-users"), FullPage = false });
        await CreateForm(page).GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("notice")).ToContainTextAsync(userName);
        await page.GetByLabel("查找用户").FillAsync(displayName);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("q=", StringComparison.Ordinal));
        var rows = page.GetByTestId("users").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync(shopName);
    }

    [Fact]
    public async Task An_administrator_links_a_new_clerk_to_the_accepted_staff_member_picked_from_the_shops_list()
    {
        var (staffId, memberName) = await AcceptedStaffOfDemoShopAsync(seed: 243);
        var userName = "clerk." + Guid.NewGuid().ToString("N")[..6];
        var page = await app.SignInAsync("admin.demo");
        var csp = await CspWatch.StartAsync(page);
        await page.GotoAsync("/Admin/Users");

        await page.GetByText("新建用户").ClickAsync();
        await CreateForm(page).GetByLabel("用户名").FillAsync(userName);
        await CreateForm(page).GetByLabel("姓名").FillAsync(memberName);
        await CreateForm(page).GetByLabel("初始密码").FillAsync("Start#2026x");
        await CreateForm(page).GetByLabel("角色").SelectOptionAsync("ShopOperator");
        var staff = CreateForm(page).GetByLabel("从业人员（本人）");
        await Assertions.Expect(staff.Locator("option:not([hidden])")).ToHaveCountAsync(1, new() { Timeout = 5000 });
        await CreateForm(page).GetByLabel("刻章店", new() { Exact = true }).SelectOptionAsync(DemoSeeder.DemoShopCode);
        await Assertions.Expect(staff.Locator($"option[value='{staffId}']")).Not.ToHaveAttributeAsync("hidden", "");
        await Assertions.Expect(staff.Locator("option[data-shop]:not([hidden])")).Not.ToHaveCountAsync(0);
        (await staff.Locator("option[data-shop]:not([hidden])").EvaluateAllAsync<string[]>("options => options.map(o => o.dataset.shop)"))
            .ShouldAllBe(shop => shop == DemoSeeder.DemoShopCode, "only the chosen shop's staff are offered");
        await staff.SelectOptionAsync(staffId.ToString(CultureInfo.InvariantCulture));
        (await page.SeriousViolationsAsync()).ShouldBeEmpty();
        await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("admin-users-staff-link"), FullPage = false });
        await CreateForm(page).GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("notice")).ToContainTextAsync(userName);
        await page.GetByLabel("查找用户").FillAsync(userName);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator($"tr[data-user='{userName}']").GetByTestId("user-staff")).ToContainTextAsync("从业人员：" + memberName);
        using var scope = app.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<SealGuardDbContext>().Users.Where(u => u.UserName == userName).Select(u => u.StaffId).SingleAsync(TestContext.Current.CancellationToken)).ShouldBe(staffId);
        csp.Violations.ShouldBeEmpty();
    }

    /// <summary>A member of the demo shop's staff the police accepted, with no account yet.</summary>
    private async Task<(long StaffId, string Name)> AcceptedStaffOfDemoShopAsync(int seed)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SealGuardDbContext>();
        var protector = scope.ServiceProvider.GetRequiredService<PersonalDataProtector>();
        var data = new SyntheticData(seed);
        var name = data.PersonName();
        var shopId = await db.Shops.Where(s => s.ShopCode == DemoSeeder.DemoShopCode).Select(s => s.Id).SingleAsync(TestContext.Current.CancellationToken);
        var staff = ShopStaff.Filed(shopId, protector.Protect(name, data.IdNumber("410702"), data.MobilePhone().Value), StaffRole.Operator,
            DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-20)), DateTime.UtcNow.AddDays(-20), new EventActor(0, "system"));
        db.ShopStaff.Add(staff);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (staff.Id, name);
    }

    // Each user row also has forms (password, role and jurisdiction); the create form is the one to fill.
    private static ILocator CreateForm(IPage page) => page.Locator("form[action*='handler=Create']");
}
