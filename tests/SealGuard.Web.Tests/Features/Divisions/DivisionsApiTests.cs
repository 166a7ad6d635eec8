using System.Net;
using System.Net.Http.Json;
using SealGuard.Core.Divisions;
using SealGuard.Web.Features.Divisions;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Divisions;

public sealed class DivisionsApiTests(SharedApps apps)
{
    private static readonly string[] Counties = ["410702", "410703", "410704", "410711", "410721", "410724", "410725", "410726", "410727", "410781", "410782", "410783"];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_children_of_xinxiang_are_its_counties(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.LoginAsync("shop.demo");

        var divisions = (await shop.GetFromJsonAsync<List<DivisionView>>("/api/v1/divisions?parent=410700", FilingSteps.Json, TestContext.Current.CancellationToken))!;

        divisions.Count.ShouldBeGreaterThanOrEqualTo(12);
        Counties.ShouldBeSubsetOf(divisions.Select(d => d.Code));
        divisions.ShouldAllBe(d => d.ParentCode == "410700" && d.Code.StartsWith("4107"));
        var hongqi = divisions.Where(d => d.Code == "410702").ShouldHaveSingleItem();
        hongqi.Name.ShouldBe("红旗区");
        hongqi.Level.ShouldBe(DivisionLevel.County);
        hongqi.FullName.ShouldContain("新乡市");
        hongqi.FullName.ShouldEndWith("红旗区");
        divisions.Single(d => d.Code == "410727").Name.ShouldBe("封丘县");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task One_division_is_found_by_code_and_an_unknown_code_is_404(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var police = await app.LoginAsync("police.fengqiu");

        var fengqiu = await police.GetFromJsonAsync<DivisionView>("/api/v1/divisions/410727", FilingSteps.Json, ct);
        fengqiu!.Name.ShouldBe("封丘县");
        fengqiu.ParentCode.ShouldBe("410700");

        var problem = await (await police.GetAsync("/api/v1/divisions/999999", ct)).ProblemAsync(HttpStatusCode.NotFound);
        problem.GetProperty("code").GetString().ShouldBe("Division.NotFound");

        var provinces = await police.GetFromJsonAsync<List<DivisionView>>("/api/v1/divisions", FilingSteps.Json, ct);
        provinces.ShouldNotBeNull().ShouldContain(d => d.Code == "410000" && d.Name == "河南省");
        provinces!.ShouldAllBe(d => d.ParentCode == null);

        (await app.AnonymousClient().GetAsync("/api/v1/divisions?parent=410700", ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_divisions_for_filing_are_the_county_level_divisions_of_the_jurisdiction(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).LoginAsync("shop.demo");

        var divisions = (await shop.GetFromJsonAsync<List<DivisionView>>("/api/v1/divisions/for-filing", FilingSteps.Json, TestContext.Current.CancellationToken))!;

        Counties.ShouldBeSubsetOf(divisions.Select(d => d.Code));
        divisions.ShouldAllBe(d => d.Code.StartsWith("4107") && d.Level == DivisionLevel.County);
        divisions.Select(d => d.Code).ShouldNotContain("410700");
    }
}
