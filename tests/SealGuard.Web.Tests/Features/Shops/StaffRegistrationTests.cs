using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Shops;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Shops;

/// <summary>
/// 从业人员登记: the shop manager registers staff, police of the shop's jurisdiction accept or return the registration,
/// the shop corrects a returned one; only accounts linked to accepted staff take intakes and work seals.
/// </summary>
public sealed class StaffRegistrationTests(SharedApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly LastMonth => DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-1);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_registration_is_returned_corrected_and_accepted_with_every_step_kept_and_audited(string provider)
    {
        var app = await apps.GetAsync(provider);
        var manager = await app.SignInAsync("shop.manager");
        var police = await app.SignInAsync("police.demo");
        var person = TestData.Person();

        var registered = await RegisterAsync(manager, person);
        registered.State.ShouldBe(StaffState.Pending);
        registered.Person.IdNumber.ShouldBe(FilingRequests.Masked(person.IdNumber!));

        var returned = await (await DecideAsync(police, registered.Id, StaffState.Returned, "身份证号与姓名不符")).ReadStaffAsync();
        returned.State.ShouldBe(StaffState.Returned);
        var seenByShop = await manager.GetFromJsonAsync<StaffMemberView>($"/api/v1/staff/{registered.Id}", FilingSteps.Json, Ct);
        (seenByShop!.State, seenByShop.ReturnReason).ShouldBe((StaffState.Returned, "身份证号与姓名不符"));
        // Returned is not pending: it cannot be accepted until the shop re-submits it.
        await (await DecideAsync(police, registered.Id, StaffState.Accepted)).ShouldBeRefusedAsync("Staff.NotPending");

        var corrected = TestData.Person();
        var resubmitted = await (await manager.PutAsJsonAsync($"/api/v1/staff/{registered.Id}", new StaffRegistrationRequest(corrected, StaffRole.Operator, LastMonth), FilingSteps.Json, Ct)).ReadStaffAsync();
        (resubmitted.State, resubmitted.Person.Name, resubmitted.Role).ShouldBe((StaffState.Pending, corrected.Name, StaffRole.Operator));

        var accepted = await (await DecideAsync(police, registered.Id, StaffState.Accepted)).ReadStaffAsync();

        accepted.State.ShouldBe(StaffState.Accepted);
        accepted.History.Select(e => (e.Action, e.Actor)).ShouldBe([
            (StaffAction.Registered, "shop.manager"), (StaffAction.Returned, "police.demo"), (StaffAction.Corrected, "shop.manager"), (StaffAction.Accepted, "police.demo")]);
        (await app.AuditOfAsync("Staff", Key(registered.Id))).Select(a => a.Action)
            .ShouldBe(["Staff.Registered", "Staff.Returned", "Staff.Viewed", "Staff.Corrected", "Staff.Accepted"]);
        await (await manager.PutAsJsonAsync($"/api/v1/staff/{registered.Id}", new StaffRegistrationRequest(corrected, StaffRole.Operator, LastMonth), FilingSteps.Json, Ct))
            .ShouldBeRefusedAsync("Staff.NotReturned");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_input_names_its_fields_and_writes_nothing_and_only_the_manager_registers(string provider)
    {
        var app = await apps.GetAsync(provider);
        var manager = await app.SignInAsync("shop.manager");
        var person = TestData.Person();
        var before = await app.WithDbAsync(db => db.ShopStaff.CountAsync(Ct));

        var response = await manager.PostAsJsonAsync($"/api/v1/shops/{DemoSeeder.DemoShopCode}/staff",
            new StaffRegistrationRequest(person with { IdNumber = FilingRequests.WithBadCheckDigit(person.IdNumber!), Phone = "12" }, null, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3)), FilingSteps.Json, Ct);

        var errors = await response.ShouldNameFieldsAsync("person.idNumber", "person.phone", "role", "startDate");
        errors["startDate"].ShouldBe(["入职日期不能晚于今天"]);
        (await app.WithDbAsync(db => db.ShopStaff.CountAsync(Ct))).ShouldBe(before);
        var clerk = await app.SignInAsync("shop.demo");
        (await clerk.PostAsJsonAsync($"/api/v1/shops/{DemoSeeder.DemoShopCode}/staff", new StaffRegistrationRequest(person, StaffRole.Engraver, LastMonth), FilingSteps.Json, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var registered = await RegisterAsync(manager, person);
        await (await manager.PostAsJsonAsync($"/api/v1/shops/{DemoSeeder.DemoShopCode}/staff", new StaffRegistrationRequest(person, StaffRole.Engraver, LastMonth), FilingSteps.Json, Ct))
            .ShouldBeRefusedAsync("Staff.DuplicatePerson");
        await (await DecideAsync(await app.SignInAsync("police.demo"), registered.Id, StaffState.Returned, " ")).ShouldNameFieldsAsync("reason");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_an_account_linked_to_accepted_staff_takes_intakes_and_engraves(string provider)
    {
        var app = await apps.GetAsync(provider);
        var manager = await app.SignInAsync("shop.manager");
        var police = await app.SignInAsync("police.demo");
        var registered = await RegisterAsync(manager, TestData.Person(), StaffRole.Engraver);
        var userName = await app.AddUserAsync(UserRole.ShopOperator, DemoSeeder.DemoShopCode, eligible: false);
        var clerk = await app.LoginAsync(userName);

        // No staff record at all (an account from before staff registration): refused, telling the manager what to do.
        var unlinked = await (await clerk.PostIntakeAsync(TestData.Intake())).ProblemAsync(HttpStatusCode.Forbidden);
        unlinked.GetProperty("code").GetString().ShouldBe("Staff.NotEligible");
        unlinked.GetProperty("detail").GetString().ShouldBe(SealGuard.Core.Codes.Messages.Get("Staff.NotEligible.NotLinked"));

        await LinkAsync(app, userName, registered.Id);
        await (await clerk.PostIntakeAsync(TestData.Intake())).ShouldBeNotEligibleAsync("Staff.NotEligible.Pending");
        var filing = await (await app.SignInAsync("shop.demo")).FileAsync(TestData.Intake());
        // A pending engraver is not offered and not accepted as the engraver either.
        await (await (await app.SignInAsync("shop.demo")).EngraveAsync(filing.Seals[0].SealCode, registered.Id)).ShouldBeRefusedAsync("Seal.EngraverNotShopStaff");
        await (await clerk.EngraveAsync(filing.Seals[0].SealCode, await clerk.EngraverIdAsync())).ShouldBeNotEligibleAsync("Staff.NotEligible.Pending");

        await (await DecideAsync(police, registered.Id, StaffState.Accepted)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await clerk.FileAsync(TestData.Intake());
        await (await clerk.EngraveAsync(filing.Seals[0].SealCode, registered.Id)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        await (await manager.PostAsJsonAsync($"/api/v1/staff/{registered.Id}/deregistration", new StaffDeregistrationRequest(DateOnly.FromDateTime(DateTime.UtcNow), "离职"), FilingSteps.Json, Ct))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await clerk.PostIntakeAsync(TestData.Intake())).ShouldBeNotEligibleAsync("Staff.NotEligible.Deregistered");
        (await clerk.GetFromJsonAsync<MyShopView>("/api/v1/shops/me", FilingSteps.Json, Ct))!.Staff.Single(s => s.Id == registered.Id).State.ShouldBe(StaffState.Deregistered);
    }

    [Fact]
    public async Task The_shop_pages_say_up_front_that_an_unlinked_account_cannot_take_intakes()
    {
        var app = await apps.GetAsync(TestDatabase.Sqlite);
        var userName = await app.AddUserAsync(UserRole.ShopOperator, DemoSeeder.DemoShopCode, eligible: false);
        var pages = await app.SignInPagesAsync(userName);

        var home = await pages.GetStringAsync("/Shop", Ct);
        var eligible = await (await app.SignInPagesAsync("shop.demo")).GetStringAsync("/Shop", Ct);

        home.ShouldContain("data-testid=\"operator-not-eligible\"");
        home.ShouldContain("当前账号未关联本店已备案的从业人员");
        eligible.ShouldNotContain("data-testid=\"operator-not-eligible\"");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_officer_of_another_jurisdiction_neither_sees_nor_decides_the_shops_staff(string provider)
    {
        var app = await apps.GetAsync(provider);
        var registered = await RegisterAsync(await app.SignInAsync("shop.manager"), TestData.Person());
        var fengqiu = await app.SignInAsync("police.fengqiu");

        await (await fengqiu.GetAsync($"/api/v1/staff/{registered.Id}", Ct)).ShouldBeNotFoundAsync("Staff.NotFound");
        await (await DecideAsync(fengqiu, registered.Id, StaffState.Accepted)).ShouldBeNotFoundAsync("Staff.NotFound");
        (await fengqiu.GetFromJsonAsync<List<StaffListItem>>("/api/v1/staff", FilingSteps.Json, Ct))!.ShouldNotContain(s => s.ShopCode.StartsWith("410702", StringComparison.Ordinal));
        (await fengqiu.GetFromJsonAsync<List<StaffListItem>>($"/api/v1/shops/{DemoSeeder.DemoShopCode}/staff", FilingSteps.Json, Ct))!.ShouldBeEmpty();
        var pages = await app.SignInPagesAsync("police.fengqiu");
        (await pages.GetAsync($"/Police/Staff/{registered.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await pages.GetStringAsync("/Police/Staff", Ct)).ShouldNotContain($"data-staff-id=\"{registered.Id}\"");

        (await app.WithDbAsync(db => db.ShopStaff.Where(s => s.Id == registered.Id).Select(s => s.State).SingleAsync(Ct))).ShouldBe(StaffState.Pending);
        var city = await app.SignInPagesAsync("police.demo");
        (await city.GetStringAsync("/Police/Staff", Ct)).ShouldContain($"data-staff-id=\"{registered.Id}\"");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_shop_cannot_touch_another_shops_staff(string provider)
    {
        var app = await apps.GetAsync(provider);
        var registered = await RegisterAsync(await app.SignInAsync("shop.manager"), TestData.Person());
        var otherShop = await app.OtherShopCodeAsync();
        var other = await app.LoginAsync(await app.AddUserAsync(UserRole.ShopManager, otherShop));

        await (await other.GetAsync($"/api/v1/staff/{registered.Id}", Ct)).ShouldBeNotFoundAsync("Staff.NotFound");
        await (await other.PutAsJsonAsync($"/api/v1/staff/{registered.Id}", new StaffRegistrationRequest(TestData.Person(), StaffRole.Operator, LastMonth), FilingSteps.Json, Ct))
            .ShouldBeNotFoundAsync("Staff.NotFound");
        await (await other.PostAsJsonAsync($"/api/v1/staff/{registered.Id}/deregistration", new StaffDeregistrationRequest(LastMonth, "离职"), FilingSteps.Json, Ct))
            .ShouldBeNotFoundAsync("Staff.NotFound");
        await (await other.PostAsJsonAsync($"/api/v1/shops/{DemoSeeder.DemoShopCode}/staff", new StaffRegistrationRequest(TestData.Person(), StaffRole.Operator, LastMonth), FilingSteps.Json, Ct))
            .ShouldBeNotFoundAsync("Shop.NotFound");
        (await other.GetFromJsonAsync<List<StaffListItem>>($"/api/v1/shops/{DemoSeeder.DemoShopCode}/staff", FilingSteps.Json, Ct))!.ShouldBeEmpty();
        (await app.WithDbAsync(db => db.ShopStaff.Where(s => s.Id == registered.Id).Select(s => s.State).SingleAsync(Ct))).ShouldBe(StaffState.Pending);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Personal_data_is_masked_in_lists_revealed_only_with_a_purpose_and_absent_from_logs_and_audit(string provider)
    {
        var app = await apps.GetAsync(provider);
        var person = TestData.Person();
        var registered = await RegisterAsync(await app.SignInAsync("shop.manager"), person);
        var police = await app.SignInAsync("police.demo");

        var list = await police.GetStringAsync($"/api/v1/shops/{DemoSeeder.DemoShopCode}/staff", Ct);
        var page = await (await app.SignInPagesAsync("police.demo")).GetStringAsync("/Police/Staff", Ct);
        var detail = await police.GetFromJsonAsync<StaffMemberView>($"/api/v1/staff/{registered.Id}", FilingSteps.Json, Ct);

        foreach (var shown in new[] { list, page, System.Text.Json.JsonSerializer.Serialize(detail) })
        {
            shown.ShouldNotContain(person.IdNumber!);
            shown.ShouldNotContain(person.Phone!);
        }

        list.ShouldContain(FilingRequests.Masked(person.IdNumber!));
        await (await police.GetAsync($"/api/v1/staff/{registered.Id}?reveal=true", Ct)).ShouldNameFieldsAsync(RevealPurpose.Field);
        var revealed = await police.GetAsync($"/api/v1/staff/{registered.Id}?reveal=true&purpose=核查从业人员身份", Ct);
        (await revealed.Content.ReadFromJsonAsync<StaffMemberView>(FilingSteps.Json, Ct))!.Person.IdNumber.ShouldBe(person.IdNumber);
        revealed.Headers.CacheControl!.NoStore.ShouldBeTrue();
        (await app.AuditOfAsync("Staff", Key(registered.Id))).ShouldContain(a => a.Action == "PersonalData.Revealed" && a.Purpose == "核查从业人员身份");

        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "Staff").ToListAsync(Ct));
        audit.ShouldNotContain(a => (a.Detail ?? "").Contains(person.IdNumber!) || (a.Detail ?? "").Contains(person.Name!) || a.EntityKey.Contains(person.IdNumber!));
        app.Logs.ShouldNotContain(l => l.Contains(person.IdNumber!) || l.Contains(person.Phone!));
    }

    [Fact]
    public async Task Ten_parallel_decisions_on_one_registration_give_exactly_one_on_postgres()
    {
        TestDatabase.SkipIfUnavailable(TestDatabase.Postgres);
        var app = await apps.GetAsync(TestDatabase.Postgres);
        var registered = await RegisterAsync(await app.SignInAsync("shop.manager"), TestData.Person());
        var officers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.LoginAsync("police.demo")));

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            DecideAsync(officers[i % officers.Length], registered.Id, i % 2 == 0 ? StaffState.Accepted : StaffState.Returned, i % 2 == 0 ? null : "材料不全")));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        statuses.Count(s => s == HttpStatusCode.OK).ShouldBe(1, string.Join(",", statuses));
        statuses.Count(s => s == HttpStatusCode.Conflict).ShouldBe(9, string.Join(",", statuses));
        var history = await app.WithDbAsync(db => db.ShopStaff.AsNoTracking().Include(s => s.History).Where(s => s.Id == registered.Id).SelectMany(s => s.History).ToListAsync(Ct));
        history.Count(e => e.Action is StaffAction.Accepted or StaffAction.Returned).ShouldBe(1);
        (await app.AuditOfAsync("Staff", Key(registered.Id))).Count(a => a.Action is "Staff.Accepted" or "Staff.Returned").ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_police_console_shows_a_pending_registration_of_the_demo_shop(string provider)
    {
        var app = await apps.GetAsync(provider);

        var pending = await (await app.SignInAsync("police.demo")).GetFromJsonAsync<List<StaffListItem>>("/api/v1/staff?state=Pending", FilingSteps.Json, Ct);

        pending!.ShouldContain(s => s.ShopCode == DemoSeeder.DemoShopCode);
        // Every working demo account is linked to accepted staff of its shop.
        var unlinked = await app.WithDbAsync(db => (from u in db.Users
                                                    where u.ShopId != null && (u.UserName == "shop.demo" || u.UserName == "shop.manager" || u.UserName.EndsWith(".clerk") || u.UserName.Contains(".engraver"))
                                                    join s in db.ShopStaff on u.StaffId equals s.Id into linked
                                                    from s in linked.DefaultIfEmpty()
                                                    where s == null || s.State != StaffState.Accepted
                                                    select u.UserName).ToListAsync(Ct));
        unlinked.ShouldBeEmpty();
    }

    internal static async Task<StaffMemberView> RegisterAsync(HttpClient manager, PersonInput person, StaffRole role = StaffRole.Operator)
    {
        var response = await manager.PostAsJsonAsync($"/api/v1/shops/{DemoSeeder.DemoShopCode}/staff", new StaffRegistrationRequest(person, role, LastMonth), FilingSteps.Json, Ct);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<StaffMemberView>(FilingSteps.Json, Ct))!;
    }

    private static Task<HttpResponseMessage> DecideAsync(HttpClient police, long id, StaffState decision, string? reason = null) =>
        police.PostAsJsonAsync($"/api/v1/staff/{id}/acceptance", new StaffDecisionRequest(decision, reason), FilingSteps.Json, Ct);

    private static async Task LinkAsync(SealGuardApp app, string userName, long staffId) =>
        await (await (await app.SignInAsync("admin.demo")).PutAsJsonAsync($"/api/v1/users/{userName}/staff", new StaffLinkRequest(staffId), FilingSteps.Json, Ct))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}

internal static class StaffResponses
{
    public static async Task<StaffMemberView> ReadStaffAsync(this HttpResponseMessage response)
    {
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<StaffMemberView>(FilingSteps.Json))!;
    }

    /// <summary>A 403 with <c>Staff.NotEligible</c> and the message naming why (its key).</summary>
    public static async Task ShouldBeNotEligibleAsync(this HttpResponseMessage response, string messageKey)
    {
        var problem = await response.ProblemAsync(HttpStatusCode.Forbidden);
        problem.GetProperty("code").GetString().ShouldBe("Staff.NotEligible");
        problem.GetProperty("detail").GetString().ShouldBe(SealGuard.Core.Codes.Messages.Get(messageKey));
    }
}
