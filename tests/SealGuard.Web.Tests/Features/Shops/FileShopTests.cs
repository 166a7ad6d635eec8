using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Core.Shops;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Infrastructure.Outcomes;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Shops;

public sealed class FileShopTests(SharedApps apps)
{
    private const string Division = "410726";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_filed_shop_gets_the_next_code_of_its_division_with_its_staff_and_an_audit_entry(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var name = $"延津县{TestData.UniqueWord()}刻章店";

        var filed = (await FileAsync(app, Admin, Request(name, StaffRole.Manager, StaffRole.Engraver), ct)).Value.ShouldNotBeNull();

        filed.ShopCode.ShouldStartWith(Division);
        filed.ShopCode.Length.ShouldBe(12);
        filed.Staff.Select(s => s.Role).ShouldBe([StaffRole.Manager, StaffRole.Engraver]);
        var shop = await app.WithDbAsync(db => db.Shops.AsNoTracking().Include(s => s.Staff).SingleAsync(s => s.Id == filed.Id, ct));
        shop.Name.ShouldBe(name);
        shop.ShopCode.ShouldBe(filed.ShopCode);
        shop.Staff.Select(s => s.Id).ShouldBe(filed.Staff.Select(s => s.Id), ignoreOrder: true);
        // Entered by the police with the filing itself: accepted at once.
        shop.Staff.ShouldAllBe(s => s.State == StaffState.Accepted);
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Shop.Filed" && a.EntityKey == filed.ShopCode && a.ActorName == "police.admin", ct))).ShouldBe(1);
        var next = (await FileAsync(app, Admin, Request($"延津县{TestData.UniqueWord()}刻章店", StaffRole.Engraver), ct)).Value.ShouldNotBeNull();
        string.CompareOrdinal(next.ShopCode, filed.ShopCode).ShouldBePositive();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_fields_are_refused_each_under_its_key_and_nothing_is_written(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var before = await app.WithDbAsync(db => db.Shops.CountAsync(ct));
        var person = TestData.Person(Division);
        var wrongCheckCharacter = person.IdNumber![..17] + (person.IdNumber[17] == '0' ? '1' : '0');

        var outcome = await FileAsync(app, Admin, new FileShopRequest("410700", " ", "新乡市延津县", "12345",
            [new StaffInput(person with { IdNumber = wrongCheckCharacter }, StaffRole.Engraver), new StaffInput(person, null)],
            DateTime.UtcNow.AddDays(2)), ct);

        var failure = outcome.Failure.ShouldNotBeNull();
        failure.Kind.ShouldBe(FailureKind.Validation);
        failure.Errors!.Keys.ShouldBe(["divisionCode", "name", "phone", "filedAt", "staff[0].person.idNumber", "staff[1].role"], ignoreOrder: true);
        failure.Errors["divisionCode"].ShouldHaveSingleItem().ShouldContain("县级");
        (await FileAsync(app, Admin, Request("没有员工的刻章店") with { Staff = [] }, ct)).Failure!.Errors!.Keys.ShouldBe(["staff"]);
        (await app.WithDbAsync(db => db.Shops.CountAsync(ct))).ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Shop_users_and_police_officers_cannot_file_a_shop(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;

        foreach (var role in new[] { UserRole.ShopOperator, UserRole.ShopManager, UserRole.PoliceOfficer })
        {
            var actor = new Actor(1, "someone", role, role == UserRole.PoliceOfficer ? null : 1, ["4107"], null);
            (await FileAsync(app, actor, Request($"{TestData.UniqueWord()}刻章店", StaffRole.Engraver), ct)).Failure!.Kind.ShouldBe(FailureKind.Forbidden);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Parallel_filings_in_one_division_each_get_their_own_code(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            FileAsync(app, Admin, Request($"延津县{TestData.UniqueWord()}{i}刻章店", StaffRole.Engraver), ct)));

        outcomes.ShouldAllBe(o => o.IsSuccess);
        var codes = outcomes.Select(o => o.Value!.ShopCode).ToList();
        codes.Distinct().Count().ShouldBe(12);
        codes.ShouldAllBe(c => c.StartsWith(Division, StringComparison.Ordinal));
    }

    private static Actor Admin => new(3, "police.admin", UserRole.PoliceAdmin, null, ["4107"], null);

    private static FileShopRequest Request(string name, params StaffRole[] roles) =>
        new(Division, name, "河南省新乡市延津县文化路1号", "0373-7654321", [.. roles.Select(r => new StaffInput(TestData.Person(Division), r))]);

    private static async Task<Outcome<FiledShop>> FileAsync(SealGuardApp app, Actor actor, FileShopRequest request, CancellationToken ct)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<FileShopHandler>().HandleAsync(actor, request, ct);
    }
}
