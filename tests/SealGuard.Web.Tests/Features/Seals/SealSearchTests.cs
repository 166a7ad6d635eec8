using System.Net;
using System.Net.Http.Json;
using SealGuard.Core.Filings;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Seals;

public sealed class SealSearchTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Filters_narrow_the_list_to_the_matching_seals_newest_first(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.LoginAsync("shop.demo");
        var police = await app.LoginAsync("police.demo");
        var word = TestData.UniqueWord();
        var first = TestData.Intake(TestData.OrganizationNamed(word), sealTypes: ["01", "02"]);
        var second = TestData.Intake(TestData.OrganizationNamed(word));
        var firstCodes = (await shop.FileAsync(first)).Seals.Select(s => s.SealCode).ToList();
        var lost = await shop.DeliverNewSealAsync(second);
        await (await shop.PostAsJsonAsync($"/api/v1/seals/{lost}/loss-report", new LifeStateRequest("遗失", true), TestContext.Current.CancellationToken))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        string[] all = [lost, .. firstCodes.AsEnumerable().Reverse()];
        var otherShop = await app.OtherShopCodeAsync();

        (await CodesAsync(police, $"orgName={Uri.EscapeDataString(word)}")).ShouldBe(all);
        (await CodesAsync(police, $"orgName={Uri.EscapeDataString(word[1..5])}")).ShouldBe(all);
        (await CodesAsync(shop, $"orgName={Uri.EscapeDataString(word)}")).ShouldBe(all);
        (await CodesAsync(police, $"creditCode={first.Organization!.CreditCode}")).ShouldBe(firstCodes.AsEnumerable().Reverse());
        (await CodesAsync(police, $"sealCode={firstCodes[1]}")).ShouldBe([firstCodes[1]]);
        (await CodesAsync(police, $"shopCode={DemoSeeder.DemoShopCode}&orgName={Uri.EscapeDataString(word)}")).ShouldBe(all);
        (await CodesAsync(police, $"shopCode={otherShop}&orgName={Uri.EscapeDataString(word)}")).ShouldBeEmpty();
        (await CodesAsync(police, $"lifeState=ReportedLost&orgName={Uri.EscapeDataString(word)}")).ShouldBe([lost]);
        (await CodesAsync(police, $"lifeState=InUse&orgName={Uri.EscapeDataString(word)}")).ShouldBe(firstCodes.AsEnumerable().Reverse());
        (await CodesAsync(police, $"lifeState=InUse&creditCode={second.Organization!.CreditCode}")).ShouldBeEmpty();

        var item = (await PageAsync(police, $"sealCode={lost}")).Items.ShouldHaveSingleItem();
        item.OrgName.ShouldBe(second.Organization.Name);
        item.CreditCode.ShouldBe(second.Organization.CreditCode);
        item.ShopCode.ShouldBe(DemoSeeder.DemoShopCode);
        item.FlowState.ShouldBe(FlowState.Delivered);
        item.LifeState.ShouldBe(LifeState.ReportedLost);
        item.DeliveredAt.ShouldNotBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Invalid_filters_are_refused_naming_the_field(string provider)
    {
        var app = await apps.GetAsync(provider);
        var police = await app.LoginAsync("police.demo");

        var cases = new (string Query, string Field)[]
        {
            ("creditCode=91410702ABCDEFGHIJ", "creditCode"),
            ("creditCode=123", "creditCode"),
            ("sealCode=41070", "sealCode"),
            ("lifeState=Gone", "lifeState"),
            ("orgName=" + new string('甲', 101), "orgName"),
            ("cursor=not-a-cursor", "cursor"),
            ("cursor=" + Convert.ToBase64String("-5"u8.ToArray()), "cursor"),
            ("limit=0", "limit"),
            ("limit=101", "limit"),
            ("limit=-1", "limit"),
        };
        foreach (var (query, field) in cases)
        {
            var problem = await (await police.GetAsync("/api/v1/seals?" + query, TestContext.Current.CancellationToken)).ProblemAsync(HttpStatusCode.BadRequest);
            problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(query);
        }

        (await PageAsync(police, "limit=100")).Items.Count.ShouldBeLessThanOrEqualTo(100);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Paging_through_next_cursors_visits_every_seal_exactly_once(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.LoginAsync("shop.demo");
        var police = await app.LoginAsync("police.demo");
        var word = TestData.UniqueWord();
        var codes = (await shop.FileAsync(TestData.Intake(TestData.OrganizationNamed(word), sealTypes: ["01", "02", "03", "04", "05", "06", "07"])))
            .Seals.Select(s => s.SealCode).ToList();
        var filter = $"orgName={Uri.EscapeDataString(word)}";

        foreach (var client in new[] { shop, police })
        {
            var visited = new List<string>();
            var pageSizes = new List<int>();
            string? cursor = null;
            do
            {
                var page = await PageAsync(client, $"{filter}&limit=3" + (cursor is null ? string.Empty : $"&cursor={cursor}"));
                visited.AddRange(page.Items.Select(i => i.SealCode));
                pageSizes.Add(page.Items.Count);
                cursor = page.NextCursor;
            }
            while (cursor is not null && pageSizes.Count < 10);

            pageSizes.ShouldBe([3, 3, 1]);
            visited.ShouldBe(codes.AsEnumerable().Reverse());
        }

        // A page that holds exactly the rest has no next cursor (no empty page after it).
        var whole = await PageAsync(police, $"{filter}&limit=7");
        whole.Items.Count.ShouldBe(7);
        whole.NextCursor.ShouldBeNull();
        var twoPages = await PageAsync(police, $"{filter}&limit=6");
        var rest = await PageAsync(police, $"{filter}&limit=6&cursor={twoPages.NextCursor.ShouldNotBeNull()}");
        rest.Items.Select(i => i.SealCode).ShouldBe([codes[0]]);
        rest.NextCursor.ShouldBeNull();
    }

    /// <summary>LIKE wildcards, LIKE's escape character and an FTS5 phrase quote.</summary>
    private const string Marks = "%_\\\"";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Name_search_finds_substrings_of_any_length_and_takes_wildcards_and_quotes_literally(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.LoginAsync("shop.demo");
        var police = await app.LoginAsync("police.demo");
        var word = TestData.UniqueWord(8);
        var plain = (await shop.FileAsync(TestData.Intake(TestData.OrganizationNamed(word)))).Seals.Single().SealCode;
        var marked = (await shop.FileAsync(TestData.Intake(TestData.OrganizationNamed(word[..4] + Marks + word[4..])))).Seals.Single().SealCode;

        // Three or more characters go through the trigram index, two through the bigram index (PostgreSQL), one through LIKE.
        (await CodesAsync(police, $"orgName={Uri.EscapeDataString(word[..4])}")).ShouldBe([marked, plain]);
        (await CodesAsync(police, $"orgName={Uri.EscapeDataString(word[3..6])}")).ShouldBe([plain], "marked has the marks between characters 4 and 5");
        (await CodesAsync(police, $"orgName={Uri.EscapeDataString(word[2..4] + "%")}")).ShouldBe([marked]);
        (await CodesAsync(police, $"orgName={Uri.EscapeDataString(word[3..4] + "%_")}")).ShouldBe([marked]);
        (await CodesAsync(police, $"orgName={Uri.EscapeDataString(Marks + word[4..6])}")).ShouldBe([marked]);
        (await CodesAsync(police, $"orgName={Uri.EscapeDataString(word[..2] + "_" + word[3..5])}")).ShouldBeEmpty("_ is a character, not a wildcard");
        (await CodesAsync(police, $"orgName={Uri.EscapeDataString(word[..2] + "%" + word[5..7])}")).ShouldBeEmpty("% is a character, not a wildcard");
        (await CodesAsync(police, $"orgName={Uri.EscapeDataString(word[6..8])}")).ShouldBe([marked, plain], "two characters: the bigram index on PostgreSQL");
        (await CodesAsync(police, $"orgName={Uri.EscapeDataString(word[3..4] + "%")}")).ShouldBe([marked], "two characters with a wildcard taken literally");
        (await CodesAsync(police, $"orgName={Uri.EscapeDataString(word[..1])}&limit=100")).ShouldContain(plain);
    }

    private static async Task<SealPage> PageAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/v1/seals?" + query, TestContext.Current.CancellationToken);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<SealPage>(FilingSteps.Json, TestContext.Current.CancellationToken))!;
    }

    private static async Task<List<string>> CodesAsync(HttpClient client, string query) =>
        (await PageAsync(client, query)).Items.Select(i => i.SealCode).ToList();
}
