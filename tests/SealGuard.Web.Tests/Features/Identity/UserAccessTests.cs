using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Identity;

public sealed class UserAccessTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_officer_moved_to_another_jurisdiction_no_longer_sees_the_old_one(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var userName = "officer." + Guid.NewGuid().ToString("N")[..8];
        var sealCode = await (await app.LoginAsync("shop.demo")).DeliverNewSealAsync();
        using (var scope = app.Services.CreateScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<AddUserHandler>()
                .AddAsync(Actor.System, new NewUser(userName, "调岗民警", "Secret#123", UserRole.PoliceOfficer, null, ["410702"]), ct);
            created.IsSuccess.ShouldBeTrue();
        }

        (await (await app.LoginAsync(userName, "Secret#123")).GetAsync($"/api/v1/seals/{sealCode}", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using (var scope = app.Services.CreateScope())
        {
            var changed = await scope.ServiceProvider.GetRequiredService<ManageUserHandler>()
                .ChangeAccessAsync(new Actor(1, "admin.demo", UserRole.SystemAdmin, null, [], null), userName, UserRole.PoliceOfficer, null, ["410727"], null, ct);
            changed.IsSuccess.ShouldBeTrue();
        }

        var moved = await app.LoginAsync(userName, "Secret#123");
        (await moved.GetAsync($"/api/v1/seals/{sealCode}", ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var page = await moved.GetFromJsonAsync<SealPage>($"/api/v1/seals?sealCode={sealCode}", FilingSteps.Json, ct);
        page!.Items.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_shop_role_without_an_existing_shop_and_a_bad_jurisdiction_are_refused_by_field(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        using var scope = app.Services.CreateScope();
        var manage = scope.ServiceProvider.GetRequiredService<ManageUserHandler>();
        var admin = new Actor(1, "admin.demo", UserRole.SystemAdmin, null, [], null);

        var noShop = await manage.ChangeAccessAsync(admin, "police.demo", UserRole.ShopOperator, "999999999999", [], null, ct);
        var badPrefix = await manage.ChangeAccessAsync(admin, "police.demo", UserRole.PoliceOfficer, null, ["4199"], null, ct);

        noShop.Failure.ShouldNotBeNull().Errors!.Keys.ShouldContain("shopCode");
        badPrefix.Failure.ShouldNotBeNull().Errors!.Keys.ShouldContain("jurisdiction");
        (await (await app.LoginAsync("police.demo")).GetAsync("/api/v1/seals?limit=1", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
